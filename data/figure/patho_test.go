package figure

import (
	"strings"
	"testing"
	"time"
)

// A page with no punctuation at all must not make extraction quadratic.
func TestNoPunctuation(t *testing.T) {
	text := strings.Repeat("地区生产总值增长5.0%高于2023年1.2个百分点新增企业49家达到520家 ", 5000)
	start := time.Now()
	figs := Extract(testArticle(text, "马村区", 2024))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("%d bytes without punctuation took %v", len(text), d)
	}
	for _, f := range figs {
		if len(f.Text) > 2000 {
			t.Fatalf("a figure's text is %d bytes", len(f.Text))
		}
	}
}
