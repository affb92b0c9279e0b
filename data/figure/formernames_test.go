package figure

import "testing"

// A report written before its place was renamed names it as it was then:
// its figures' region is that name (the unit is today's, by its code), and
// 全县/全市 read by the old name's kind.
func TestFormerNameRegions(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "county renamed a district",
		text: "户县2014年国民经济和社会发展统计公报\n\n" +
			"2014年，全县实现生产总值208.37亿元，比上年增长10.6%。全县规模以上工业增加值完成62.15亿元，增长12.3%。\n",
		want: [][2]string{{"208.37亿元", "户县"}, {"10.6%", "户县"}, {"62.15亿元", "户县"}},
	}, {
		name: "county-level city renamed a district",
		text: "长乐市2016年国民经济和社会发展统计公报\n\n" +
			"初步核算，全市实现地区生产总值815.42亿元，比上年增长8.9%。\n",
		want: [][2]string{{"815.42亿元", "长乐市"}, {"8.9%", "长乐市"}},
	}, {
		name: "a district named by its former name in a city's news",
		text: "天津市前三季度区县工业增势良好\n\n" +
			"前三季度，武清区工业总产值增长24.6%、静海县增长17.8%。\n",
		want: [][2]string{{"24.6%", "武清区"}, {"17.8%", "静海县"}},
	}})
}
