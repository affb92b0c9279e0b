package figure

// longNameQualifiers open a statistic's name with the scope of its units
// (限额以上单位石油及制品类商品零售额): they are the name's, and are not
// counted in its length.
var longNameQualifiers = byLength([]string{"限额以上单位", "限额以上", "规模以上", "限上", "规上"})

// longNameCut cuts a name still too long after headOf's cuts: whole when
// a scope qualifier opens it and the rest is short (not 位石油及制品类商品
// 零售额); else its last twelve characters.
func longNameCut(s string) string {
	if _, q := trimPrefixes(s, longNameQualifiers); q != "" && runeLen(s[len(q):]) <= 16 {
		return s
	}
	return lastRunes(s, 12)
}
