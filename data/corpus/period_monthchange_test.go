package corpus

import "testing"

// A bare month opening its clause before a change (其中,7月增长13.1%) is
// that month; one after a comparison word (较4月增长) is no period.
func TestBareMonthBeforeChange(t *testing.T) {
	s := "1-7月,全县规上工业增加值同比增长3.6%,增速较上半年和1-5月分别提高2.3和4.5个百分点。其中,7月增长13.1%,增速居全市第3位。"
	var codes []string
	for _, p := range Periods(s) {
		codes = append(codes, p.Code)
	}
	if len(codes) != 2 || codes[1] != "M7" {
		t.Errorf("Periods = %v, want M1-M7, M7 (the bases dropped)", codes)
	}
	if ps := Periods("5月份全县工业增加值较4月增长3.2%"); len(ps) != 1 {
		t.Errorf("Periods = %v, want 5月份 only", ps)
	}
}
