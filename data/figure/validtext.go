package figure

import "unicode/utf8"

// validText is utf8.ValidString with Chinese text's three-byte runes
// checked inline: compact validates every window it copies, and
// ValidString looks each of them up in its tables. The lead bytes whose
// second byte may be any continuation byte (E1–EC, EE, EF: nearly all of
// Chinese) are read here; anything else is left to ValidString from there
// on, a rune boundary.
func validText(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			return utf8.ValidString(s[i:])
		}
	}
	return true
}
