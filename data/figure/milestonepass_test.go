package figure

import (
	"strings"
	"testing"
)

// Round amounts crossed and counted as 关口 are steps, not statistics; the
// exact amount after them is the subject's (a 2012 city work report). (The
// name loses 全口径 elsewhere: a leftover, not this test's point.)
func TestStepsCountedAsPasses(t *testing.T) {
	text := "全口径财政收入连续跨越60亿、70亿两个关口,完成73.6亿元,增长31.4%。"
	for _, f := range Extract(testArticle(text, "", 0)) {
		switch {
		case f.Text == "60亿" || f.Text == "70亿" || f.Text == "两个":
			t.Errorf("%s (%s) kept: a step crossed is no statistic", f.Text, f.Name)
		case (f.Text == "73.6亿元" || f.Text == "31.4%") && !strings.HasSuffix(f.Name, "财政收入"):
			t.Errorf("%s named %q, want the 财政收入 crossing the steps", f.Text, f.Name)
		}
	}
}
