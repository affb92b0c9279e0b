package figure

import (
	"strings"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// longList is one sentence of 5%、5%、… with no ，or 。: a list of some
// 40,000 members, which once took listRun quadratic time (55 s at 200 KB).
func longList(size int) string {
	return "增长率分别为" + strings.Repeat("5%、", size/len("5%、")) + "5%"
}

// TestLongListLinear checks that extraction time grows linearly with the
// length of a 、 list: four times the list may take about four times the CPU
// time, not sixteen. CPU time, and a ratio, so that a busy machine or the
// race detector does not make it fail.
func TestLongListLinear(t *testing.T) {
	var figs []Figure
	run := func(size int) time.Duration {
		text := longList(size)
		a := testArticle(text, "马村区", 2024)
		start := cputime.Now()
		figs = Extract(a)
		return cputime.Now() - start
	}
	Extract(testArticle("增长5%", "马村区", 2024)) // the gazetteer loads once, outside the measure
	small, large := run(50<<10), run(200<<10)
	if small > 0 && large > 8*small {
		t.Errorf("a 200 KB 、 list took %v, a 50 KB one %v: %.1f times for 4 times the text", large, small, float64(large)/float64(small))
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
