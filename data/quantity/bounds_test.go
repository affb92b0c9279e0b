package quantity

import (
	"strings"
	"testing"
)

// TestTooManyDigits: a 1000-digit number was reported (and charted) as 0;
// it is left out, and the figures beside it are kept.
func TestTooManyDigits(t *testing.T) {
	text := "地区生产总值达到" + strings.Repeat("9", 1000) + "亿元，增长5%，总额123456789012345678亿元，编号1234567890123456789012345678901"
	qs := Find(text)
	var texts []string
	for _, q := range qs {
		texts = append(texts, q.Text)
		if q.Value == 0 {
			t.Errorf("%.40s… reported as 0", q.Text)
		}
	}
	if got := strings.Join(texts, " "); got != "5% 123456789012345678亿元" {
		t.Errorf("found %.200q", got)
	}
}
