// Package hanzi holds the few questions every package that reads Chinese
// text asks of a character or a span, answered once: is this a Chinese
// character, is this a blank, where does the span widened by n characters
// start and end. Offsets are bytes into UTF-8 text, as everywhere else.
package hanzi

import "unicode"

// IsHan reports whether r is a Chinese character (Unicode's Han script:
// the unified ideographs and their extensions, the compatibility
// ideographs, 〇 and 々). It is asked of every character of every report,
// so the common block answers first and the gaps around it (punctuation,
// kana, full-width forms) answer without a table lookup.
func IsHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF:
		return true
	case r < 0x2E80, r > 0x303B && r < 0x3400, r > 0x9FFF && r < 0xF900, r > 0xFAFF && r < 0x16FE2:
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// IsBlank reports whether r is white space (Unicode's White_Space, as
// unicode.IsSpace): the ASCII blanks, the ideographic space U+3000 that
// Chinese typesetting indents with, the no-break space of pasted web pages.
// Written out, because it is asked of every character in the scanners.
func IsBlank(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < 0x2000:
		return r == 0x85 || r == 0xA0 || r == 0x1680
	}
	return r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// Back returns the byte offset n characters before i in s, or 0.
func Back(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := DecodeLastRune(s[:i]) // utf8's slow path for every Chinese rune
		i -= size
	}
	return i
}

// Forward returns the byte offset n characters after i in s, or len(s).
func Forward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := decodeHan(s, i)
		i += size
	}
	return i
}

// Widen returns the span [start,end) of s widened by n characters on each
// side, as far as s goes.
func Widen(s string, start, end, n int) (int, int) {
	return Back(s, start, n), Forward(s, end, n)
}
