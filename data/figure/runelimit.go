package figure

import "unicode/utf8"

// longerThan reports whether s has more than n runes (runeLen(s) > n)
// without counting them when its bytes already tell: a rune is at most
// four bytes and a broken byte counts as one, so more than 4n bytes are
// more than n runes. Names and lines are asked so of whole clauses and
// paragraphs, which were counted rune by rune.
func longerThan(s string, n int) bool {
	return len(s) > n*utf8.UTFMax || runeLen(s) > n
}
