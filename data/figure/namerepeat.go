package figure

import "slices"

// collapseRepeat writes once a word of two to four characters that a name
// has twice in a row where a dropped verb joined its halves (规模以上工业
// 实现工业增加值 → 规模以上工业工业增加值 → 规模以上工业增加值, o08).
func collapseRepeat(name string) string {
	rs := []rune(name)
	for n := 4; n >= 2; n-- {
		for i := 0; i+2*n <= len(rs); i++ {
			// runes of a string are valid or U+FFFD: equal runes are equal words
			if slices.Equal(rs[i:i+n], rs[i+n:i+2*n]) {
				return collapseRepeat(string(append(rs[:i+n:i+n], rs[i+2*n:]...)))
			}
		}
	}
	return name
}
