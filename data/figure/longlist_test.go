package figure

import (
	"strings"
	"testing"
	"time"
)

// longList is one sentence of 5%、5%、… with no ，or 。: a list of some
// 40,000 members, which once took listRun quadratic time (55 s at 200 KB).
func longList(size int) string {
	return "增长率分别为" + strings.Repeat("5%、", size/len("5%、")) + "5%"
}

func TestLongListLinear(t *testing.T) {
	text := longList(200 << 10)
	start := time.Now()
	figs := Extract(testArticle(text, "马村区", 2024))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a 200 KB 、 list took %v (linear time is well under a second)", d)
	}
	if len(figs) < 40000 {
		t.Errorf("%d figures from a list of about 40,000", len(figs))
	}
}

func BenchmarkLongList(b *testing.B) {
	text := longList(200 << 10)
	a := testArticle(text, "马村区", 2024)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Extract(a)
	}
}
