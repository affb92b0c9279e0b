package figure

import (
	"math/rand"
	"strings"
	"testing"
)

// lastSpanOfYearsByWord is lastSpanOfYears as it was written: each word's
// last occurrence opening its clause, the latest of them.
func lastSpanOfYearsByWord(s string) int {
	at := -1
	for _, w := range spanOfYearsWords {
		for end := len(s); ; {
			k := lastIndex(s[:end], w)
			if k <= at {
				break
			}
			if spanOpensClause(s[:k], w) {
				at = k
				break
			}
			end = k
		}
	}
	return at
}

// TestLastSpanOfYears: reading each 来 once finds the span the word by word
// search found, on random strings of span words and what stands around them.
func TestLastSpanOfYears(t *testing.T) {
	for _, w := range spanOfYearsWords {
		if !strings.HasSuffix(w, "来") || strings.Count(w, "来") != 1 {
			t.Fatalf("span word %q does not end with its only 来", w)
		}
	}
	pieces := append([]string{"近5", "五", "多", "过去", "这几", "党的", "十八大", "“十四五”", "以", "来", "年", "，", "。", "\n", "增速创近", "、", "全县", "\xe6"}, spanOfYearsWords...)
	r := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := lastSpanOfYears(s), lastSpanOfYearsByWord(s); got != want {
			t.Fatalf("lastSpanOfYears(%q) = %d, want %d", s, got, want)
		}
	}
}
