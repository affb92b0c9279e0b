package corpus

import (
	"testing"
	"unicode/utf8"
)

func TestRuneCountUpTo(t *testing.T) {
	for _, s := range []string{"", "全县地区生产总值增长6.1%", "2023年\xff\xfe全县", "一二三四五六七八九十"} {
		n := utf8.RuneCountInString(s)
		for limit := 0; limit <= n+1; limit++ {
			want := min(n, limit+1)
			if got := runeCountUpTo([]byte(s), limit); got != want {
				t.Errorf("runeCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
			if got := runeCountInStringUpTo(s, limit); got != want {
				t.Errorf("runeCountInStringUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}
