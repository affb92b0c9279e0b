package corpus

import "testing"

// A period followed by 以来 starts a span that runs to now; no code names
// it, and it is not read as the quarter it starts with.
func TestSpanStartIsNoPeriod(t *testing.T) {
	s := "上半年,全国规模以上工业增加值同比增长6.0%,其中二季度增长5.9%,延续去年四季度以来较快增长态势。"
	ps := Periods(s)
	if len(ps) != 2 || ps[0].Code != "H1" || ps[1].Code != "Q2" {
		t.Errorf("%q: got %v, want H1 and Q2 only", s, ps)
	}
}

// News writes a period of this year so far with 以来: it is that period.
func TestThisYearsPeriodSoFar(t *testing.T) {
	for _, s := range []string{
		"今年一季度以来，全县规模以上工业增加值同比增长8.2%。",
		"一季度以来，我市固定资产投资完成126.5亿元。",
	} {
		if ps := Periods(s); len(ps) != 1 || ps[0].Code != "Q1" {
			t.Errorf("%q: got %v, want Q1", s, ps)
		}
	}
}
