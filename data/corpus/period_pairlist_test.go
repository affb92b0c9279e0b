package corpus

import "testing"

// Two periods joined by 和 before a 分别 list are both described (a county
// monthly analysis: 5月份和1-5月…分别增长9.9%和5.6%); after a comparison word,
// or before 相比, the second is a base as before.
func TestPairListed(t *testing.T) {
	cases := []struct {
		s    string
		want []string
	}{
		{"5月份和1-5月,全县规上工业增加值分别增长9.9%和5.6%。", []string{"M5", "M1-M5"}},
		{"1-5月和5月份,全县固定资产投资分别增长5.3%和9.6%。", []string{"M1-M5", "M5"}},
		{"5月份与4月份相比,规上工业增加值增速提高1.2个百分点。", []string{"M5"}},
		{"上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点。", []string{"H1"}},
	}
	for _, c := range cases {
		var got []string
		for _, p := range Periods(c.s) {
			got = append(got, p.Code)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.s, got, c.want)
				break
			}
		}
	}
}
