package figure

import (
	"slices"
	"unicode/utf8"
)

// collapseRepeat writes once a word of two to four characters that a name
// has twice in a row where a dropped verb joined its halves (规模以上工业
// 实现工业增加值 → 规模以上工业工业增加值 → 规模以上工业增加值, o08).
func collapseRepeat(name string) string {
	// valid UTF-8 is compared by the byte offsets of its runes (equal runes
	// are equal bytes), kept on the stack: []rune(name) decoded every name
	// twice
	if !utf8.ValidString(name) {
		return collapseRepeatRunes(name)
	}
	var buf [65]int
	off := buf[:0]
	for i := 0; i < len(name); i++ {
		if utf8.RuneStart(name[i]) {
			if len(off) == 64 {
				return collapseRepeatRunes(name)
			}
			off = append(off, i)
		}
	}
	off = append(off, len(name))
	runes := len(off) - 1
	for n := 4; n >= 2; n-- {
		for i := 0; i+2*n <= runes; i++ {
			if name[off[i]:off[i+n]] == name[off[i+n]:off[i+2*n]] {
				return collapseRepeat(name[:off[i+n]] + name[off[i+2*n]:])
			}
		}
	}
	return name
}

// collapseRepeatRunes is collapseRepeat read rune by rune.
func collapseRepeatRunes(name string) string {
	rs := []rune(name)
	for n := 4; n >= 2; n-- {
		for i := 0; i+2*n <= len(rs); i++ {
			// runes of a string are valid or U+FFFD: equal runes are equal words
			if slices.Equal(rs[i:i+n], rs[i+n:i+2*n]) {
				return collapseRepeatRunes(string(append(rs[:i+n:i+n], rs[i+2*n:]...)))
			}
		}
	}
	return name
}
