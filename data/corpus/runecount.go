package corpus

import "unicode/utf8"

// runeCountUpTo is utf8.RuneCount(b) when that is at most limit, else
// limit+1: the callers only ask whether a line is longer than so many
// runes, and counting every rune of each paragraph-long line of a web page
// to the end was nearly 2% of Extract.
func runeCountUpTo(b []byte, limit int) int {
	n := 0
	for i := 0; i < len(b) && n <= limit; n++ {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return n
}

// runeCountInStringUpTo is runeCountUpTo for a string.
func runeCountInStringUpTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n <= limit; n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}
