package corpus

import "testing"

// 半年累计 in a release of June is the half to date.
func TestHalfYearToDate(t *testing.T) {
	s := "据我局统计,今年6月全县实现规上工业产值20.67亿元,同比负增长3.4%,半年累计完成规上工业产值108.7亿元,同比增长18.7%,增幅比5月下降6.8个百分点"
	ps := Periods(s)
	if len(ps) != 2 || ps[0].Code != "M6" || ps[1].Code != "H1" || s[ps[1].Start:ps[1].End] != "半年累计" {
		t.Errorf("Periods = %+v, want M6 then H1 at 半年累计", ps)
	}
}
