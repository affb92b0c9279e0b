package figure

import "testing"

// The nation's own bulletin names no place of its own: its figures are
// 全国's, as a statistician files them.
func TestNationalReportRegion(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "national bulletin",
		text: "中华人民共和国2023年国民经济和社会发展统计公报\n\n国家统计局\n\n" +
			"初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。全年粮食产量69541万吨，比上年增加888万吨。\n",
		want: [][2]string{{"1260582亿元", "全国"}, {"5.2%", "全国"}, {"69541万吨", "全国"}},
	}, {
		name: "issued by the national office, untitled by place",
		text: "2023年1—8月份全国规模以上工业企业利润\n\n国家统计局\n\n" +
			"1—8月份，规模以上工业企业实现利润总额46558.2亿元，同比下降11.7%。\n",
		want: [][2]string{{"46558.2亿元", "全国"}, {"11.7%", "全国"}},
	}})
}
