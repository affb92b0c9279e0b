package figure

import "testing"

// TestCompactBroken: compact of a window cut inside characters at either
// end (x.s[end:end+90]) agrees with dropping blanks rune by rune, which
// writes U+FFFD for every broken byte.
func TestCompactBroken(t *testing.T) {
	s := "全市 GDP　增长\u00a05.2%，\n规上工业\r增加值增长6.1%。\xf0\x9f\x98\x80 末\xed\xa0\x80 尾 \xc3\xa9 x"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			w := s[i:j]
			want := w
			if hasSpace(w) {
				want = compactRunes(w)
			}
			if got := compact(w); got != want {
				t.Fatalf("compact(%q) = %q, want %q", w, got, want)
			}
		}
	}
}
