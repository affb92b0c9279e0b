package quantity

import "testing"

// TestContainsRune: the byte searches agree with reading the set rune by
// rune, for ASCII, Chinese, U+FFFD and other runes, broken sets included.
func TestContainsRune(t *testing.T) {
	sets := []string{"元圆圓", "“\"「『", "", "ab\xe5元", "\xef\xbf\xbd", "\xe5\x85", "月日\U0001F600"}
	runes := []rune{'a', 'b', '元', '圓', '“', '「', 0xFFFD, 0, -1, 0x1F600, 0xD800, '月', '\u00e9', 0x110000}
	for _, set := range sets {
		for _, r := range runes {
			want := false
			for _, c := range set {
				if c == r {
					want = true
				}
			}
			if got := containsRune(set, r); got != want {
				t.Errorf("containsRune(%q, %U) = %v, want %v", set, r, got, want)
			}
		}
	}
}
