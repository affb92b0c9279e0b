package figure

import "testing"

// TestFirstBlank checks firstBlank against blankAt read byte by byte, on
// real text with blanks at every offset of an eight-byte word, and bytes
// that look like a blank's lead (、 is E3 80 81, ° is C2 B0).
func TestFirstBlank(t *testing.T) {
	base := "全县地区生产总值增长6.1%、1°"
	for _, blank := range []string{" ", "\n", "\t", "\r", "\u3000", "\u00a0", "\x00", ""} {
		for k := 0; k <= len(base); k++ {
			s := base[:k] + blank + base[k:]
			wantK, wantN := -1, 0
			for i := range len(s) {
				if n := blankAt(s, i); n > 0 {
					wantK, wantN = i, n
					break
				}
			}
			if k, n := firstBlank(s); k != wantK || n != wantN {
				t.Errorf("firstBlank(%q) = %d, %d, want %d, %d", s, k, n, wantK, wantN)
			}
		}
	}
	if got := compact("地区生产\n总值\u3000增长 6.1%"); got != "地区生产总值增长6.1%" {
		t.Errorf("compact = %q", got)
	}
}
