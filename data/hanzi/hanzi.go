// Package hanzi holds the few questions every package that reads Chinese
// text asks of a character or a span, answered once: is this a Chinese
// character, is this a blank, where does the span widened by n characters
// start and end. Offsets are bytes into UTF-8 text, as everywhere else.
package hanzi

import (
	"unicode"
	"unicode/utf8"
)

// IsHan reports whether r is a Chinese character (Unicode's Han script:
// the unified ideographs and their extensions, the compatibility
// ideographs, 〇 and 々). The common block is tested first, since almost
// every character of a report falls in it.
func IsHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// IsBlank reports whether r is white space: the ASCII blanks, the
// ideographic space U+3000 that Chinese typesetting indents with, the
// no-break space of pasted web pages, and the rest of Unicode's White_Space.
func IsBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
		return true
	}
	return unicode.IsSpace(r)
}

// Back returns the byte offset n characters before i in s, or 0.
func Back(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// Forward returns the byte offset n characters after i in s, or len(s).
func Forward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// Widen returns the span [start,end) of s widened by n characters on each
// side, as far as s goes.
func Widen(s string, start, end, n int) (int, int) {
	return Back(s, start, n), Forward(s, end, n)
}
