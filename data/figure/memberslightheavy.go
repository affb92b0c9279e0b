package figure

// lightHeavy: 规模以上轻、重工业 lists light and heavy industry by their
// first characters, sharing 规模以上 and 工业.
func lightHeavy(before, after []rune) bool {
	return before[len(before)-1] == '轻' && after[0] == '重'
}
