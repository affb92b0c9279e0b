package hanzi

import (
	"testing"
	"unicode/utf8"
)

// Back and Forward step over runes as utf8 does, broken bytes included
// (one byte each), with Chinese runes decoded inline.
func TestBackForwardAsUTF8(t *testing.T) {
	utf8Back := func(s string, i, n int) int {
		for ; n > 0 && i > 0; n-- {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
		}
		return i
	}
	utf8Forward := func(s string, i, n int) int {
		for ; n > 0 && i < len(s); n-- {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		return i
	}
	texts := []string{
		"全县地区生产总值512.36亿元，比上年增长6.5%。",
		"GDP增长\u00a05%\u3000左右😀",
		"地区生产总值"[:7] + "\xff\xe4\xb8" + "增长",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for n := 0; n <= 4; n++ {
				if got, want := Back(s, i, n), utf8Back(s, i, n); got != want {
					t.Errorf("Back(%q, %d, %d) = %d, want %d", s, i, n, got, want)
				}
				if got, want := Forward(s, i, n), utf8Forward(s, i, n); got != want {
					t.Errorf("Forward(%q, %d, %d) = %d, want %d", s, i, n, got, want)
				}
			}
		}
	}
}
