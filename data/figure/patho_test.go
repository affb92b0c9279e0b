package figure

import (
	"strings"
	"testing"
)

// noPunctuation is a page with no punctuation at all: once it made
// extraction quadratic (a 335 KB page hung). BenchmarkNoPunctuation keeps
// the speed in view; this test keeps the output sane.
var noPunctuation = strings.Repeat("地区生产总值增长5.0%高于2023年1.2个百分点新增企业49家达到520家 ", 5000)

func TestNoPunctuation(t *testing.T) {
	figs := Extract(testArticle(noPunctuation, "马村区", 2024))
	if len(figs) < 5000 {
		t.Errorf("%d figures from 5000 repeats of a sentence with several", len(figs))
	}
	for _, f := range figs {
		if len(f.Text) > 2000 {
			t.Fatalf("a figure's text is %d bytes", len(f.Text))
		}
	}
}

func BenchmarkNoPunctuation(b *testing.B) {
	a := testArticle(noPunctuation, "马村区", 2024)
	b.SetBytes(int64(len(noPunctuation)))
	for i := 0; i < b.N; i++ {
		Extract(a)
	}
}
