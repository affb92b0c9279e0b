package figure

import "testing"

// 全年 after a comparison word in its clause is the base, not the period:
// the figure after it stays the months' (h06, f03).
func TestComparedWholeYearIsABase(t *testing.T) {
	cases := []struct {
		before string
		whole  bool
	}{
		{"1-8月,全市规模以上工业增加值累计增长11.5%,居全省第6位,增速与上月持平,分别较去年同期和全年分别回落4.5、4.2个百分点", false},
		{"一季度,全省农林牧渔业总产值1159.20亿元,同比增长2.6%,增速与2024年全年持平。其中,农业(种植业)产值增长5.4%", false},
		{"一季度,全县地区生产总值增长5%,全年预计增长6%", true},
		{"上半年,全县规上工业增加值增长8.1%。全年规上工业增加值", true},
	}
	for _, c := range cases {
		if got := lastWholeYear(c.before) >= 0; got != c.whole {
			t.Errorf("lastWholeYear(%q) >= 0 is %v, want %v", c.before, got, c.whole)
		}
	}
}
