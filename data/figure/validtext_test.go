package figure

import (
	"testing"
	"unicode/utf8"
)

// TestValidTextIsValidString: validText answers as utf8.ValidString on
// Chinese, ASCII, the edges of the three-byte ranges and broken bytes.
func TestValidTextIsValidString(t *testing.T) {
	cases := []string{
		"", "abc", "全县地区生产总值增长5.2%", "地区生产\n总值", "\u3000\u00a0",
		"\xe0\xa0\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbf",
		"增长\xe5\xa2", "\xa2长", "增\xff长", "𠀀字", "\xf0\x90\x80", "é",
	}
	for _, s := range cases {
		if got, want := validText(s), utf8.ValidString(s); got != want {
			t.Errorf("validText(%q) = %v, want %v", s, got, want)
		}
	}
	// every three-byte sequence of a lead byte E0–EF and two bytes from the
	// edges of the continuation range and outside it
	for c := 0xE0; c <= 0xEF; c++ {
		for _, b1 := range []byte{0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0} {
			for _, b2 := range []byte{0x7F, 0x80, 0xBF, 0xC0} {
				s := "全" + string([]byte{byte(c), b1, b2}) + "县"
				if got, want := validText(s), utf8.ValidString(s); got != want {
					t.Errorf("validText(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
