package corpus

import "testing"

// A release whose first sentence is all policy states its period and its
// year later in its opening paragraphs (h04, f03).
func TestOpeningPeriodAndThisYear(t *testing.T) {
	cases := []struct {
		text   string
		period string
		year   int
	}{
		{"今年以来,全县深入贯彻落实上级经济工作会议精神,在县委、县政府的坚强领导下,坚持稳中求进工作总基调,紧扣2025年重点工作目标,加快构建新发展格局,扎实推动高质量发展。一季度全县地区生产总值增势良好。\n一、1-3月份主要经济指标完成情况。\n根据地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%。\n", "Q1", 2025},
		{"今年以来,全省深入贯彻党的二十届三中全会精神,坚持稳中求进工作总基调。\n省统计局、国家统计局云南调查总队4月21日发布数据显示:根据地区生产总值统一核算结果,一季度全省实现地区生产总值7490.99亿元,按不变价格计算,同比增长4.3%。\n", "Q1", 0},
		// a base and a horizon are not the year of the release
		{"今年以来,全县经济运行稳中有进,比2024年同期加快,朝着2035年远景目标迈进。\n", "", 0},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Period != c.period || a.Year != c.year {
			t.Errorf("Parse(%.30q…): period %q year %d, want %q %d", c.text, a.Period, a.Year, c.period, c.year)
		}
	}
}
