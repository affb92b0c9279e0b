package figure

import "testing"

// A year written as the basis of what follows (在…的基础上) holds up to the
// basis only, and a share's 比重 compares nothing (a20).
func TestYearBasisAndRatio(t *testing.T) {
	const grain = "黑龙江省粮食总产量达1114.1亿斤 跃居全国首位\n2011年12月13日09:14\n来源:东北网 作者:李倩\n" +
		"据悉,近年来黑龙江省粮食生产不断实现跨越式发展,在2007年粮食总产量达到692.6亿斤的基础上,连续越过800、900、1000、1100亿斤四个台阶,到今年的1114.1亿斤,比2007年增长60.9%,年均增长12.6%。按照国家统计局公布数据,今年我省粮食产量占全国总产量的比重达到9.8%,这个比重继2010年提高1.0个百分点的基础上,再次上升了0.6个百分点,为保障国家粮食安全做出了突出贡献。\n"
	checkYears(t, []yearCase{
		{grain, "692.6亿斤", 2007, ""},
		{grain, "60.9%", 2011, ""},
		{grain, "9.8%", 2011, ""},
		{grain, "1.0个百分点", 2010, ""},
		{grain, "0.6个百分点", 2011, ""},
	})
}

func TestComparesIn(t *testing.T) {
	cases := []struct {
		clause string
		want   bool
	}{
		{"这个比重继", false},
		{"民间投资占比由", false},
		{"分别比一季度和", true},
		{"较", true},
	}
	for _, c := range cases {
		if got := comparesIn(c.clause); got != c.want {
			t.Errorf("comparesIn(%q) = %v, want %v", c.clause, got, c.want)
		}
	}
}
