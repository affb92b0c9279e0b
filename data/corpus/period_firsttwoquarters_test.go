package corpus

import "testing"

// 前二季度 and 前两季度 are the first two quarters (H1), as 前两个季度 and
// 前三季度 (Q1-Q3) are; not the second quarter alone.
func TestFirstTwoQuarters(t *testing.T) {
	for _, s := range []string{
		"前二季度全县开工动员重点项目共67个,截止8月底,已开工54个",
		"前两季度全县开工动员重点项目共67个",
		"前两个季度,全县固定资产投资同比增长6.1%",
	} {
		ps := Periods(s)
		if len(ps) == 0 || ps[0].Code != "H1" || ps[0].Start != 0 {
			t.Errorf("Periods(%q) = %+v, want H1 first", s, ps)
		}
	}
}
