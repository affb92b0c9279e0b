package corpus

import "testing"

// The months of a quarter or half not from January are that quarter or
// half, as 1-3月 is Q1: 市南区7-9月份接待国内外游客862.25万人次 (a district's
// autumn tourism news, 2011) is the third quarter's.
func TestNamedMonthSpans(t *testing.T) {
	cases := map[string]string{
		"市南区7-9月份接待国内外游客862.25万人次": "Q3",
		"4—6月,全市外贸进出口增长5.1%":       "Q2",
		"10-12月,全县新开工项目12个":        "Q4",
		"7至12月份,全市新增就业1.2万人":       "H2",
		"5-6月,全县规上工业增加值增长4.2%":     "M5-M6",
	}
	for s, want := range cases {
		ps := Periods(s)
		if len(ps) != 1 || ps[0].Code != want {
			t.Errorf("Periods(%q) = %v, want one %s", s, ps, want)
		}
	}
	for code, want := range map[string]string{"M7-M9": "Q3", "M4-M6": "Q2", "M10-M12": "Q4", "M7-M12": "H2", "M1-M3": "Q1", "M5-M6": "M5-M6"} {
		if got := CanonicalPeriod(code); got != want {
			t.Errorf("CanonicalPeriod(%s) = %s, want %s", code, got, want)
		}
	}
}
