package figure

import (
	"strings"
	"testing"
)

// TestCompactTail checks that compactTail is the end of compact for every
// cut of real text with blanks and a broken byte.
func TestCompactTail(t *testing.T) {
	for _, s := range []string{
		"新增规上企业(含2022年 年度入库)326户,全年为",
		"地区生产\n总值\u3000增长 6.1%，恢复\n到",
		"\xe5\xb9全年\u00a0为 ",
		"",
	} {
		whole := compact(s)
		for n := 0; n <= len(s)+1; n++ {
			got := compactTail(s, n)
			if !strings.HasSuffix(whole, got) || len(got) < min(n, len(whole)) {
				t.Errorf("compactTail(%q, %d) = %q, not an end of %q that long", s, n, got, whole)
			}
		}
	}
	if !endsWithAny("2021年国内旅游收入…恢复\n到", ratioToBaseWords) || endsWithAny("全年为 2", wholeAsideLeads) {
		t.Error("endsWithAny")
	}
}
