package corpus

import (
	"strings"
	"testing"
)

// TestIndexWord: indexWord agrees with strings.Index on report text.
func TestIndexWord(t *testing.T) {
	s := "1-6月份，全市规上工业增加值增长5.2%；前三季度增长4.8%，上半年a"
	for i := 0; i <= len(s); i++ {
		for _, w := range []string{"月", "前三季度", "上半年", "季度", "a", "", "5.2%", "年a", "增长5"} {
			if got, want := indexWord(s[i:], w), strings.Index(s[i:], w); got != want {
				t.Fatalf("indexWord(%q, %q) = %d, want %d", s[i:], w, got, want)
			}
		}
	}
}

// TestPeriodChar: periodChar says whether 季, 月 or 半 is written, on every
// window of a sentence, cut inside characters too.
func TestPeriodChar(t *testing.T) {
	s := "全县1-6月份规上工业增加值增长5%，上半年同比，一季度\xe6\x9c"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			w := s[i:j]
			want := strings.Contains(w, "季") || strings.Contains(w, "月") || strings.Contains(w, "半")
			if got := periodChar(w); got != want {
				t.Fatalf("periodChar(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
