package figure

import "testing"

// A report naming twenty counties has no one subject: 全县 after such a
// list is left unknown rather than given to the first or the last county
// named, while a figure whose own clause names its county keeps it
// (issue 11: "a report naming twenty counties gives an empty or partial
// answer, never a wrong one with confidence").
func TestRegionTwentyCountiesNamed(t *testing.T) {
	text := "全省县域经济运行情况\n\n今年前三季度,临颍县、舞阳县、郏县、宝丰县、鲁山县、叶县、汝州市、舞钢市、襄城县、禹州市、长葛市、鄢陵县、尉氏县、杞县、通许县、兰考县、民权县、宁陵县、柘城县、虞城县等二十个县(市)地区生产总值均实现增长。\n全县规模以上工业增加值增长6.2%,固定资产投资增长8.1%。\n其中,叶县地区生产总值增长7.5%,居全市第2位。\n"
	checkRegions(t, []regionCase{
		{"twenty counties", text, [][2]string{{"6.2%", ""}, {"8.1%", ""}, {"7.5%", "叶县"}, {"第2位", "叶县"}}},
	})
}

// A county the national table lacks (星河县 is no county) is not given to
// any county that is: its 全县 stays unknown.
func TestRegionCountyTheTableLacks(t *testing.T) {
	text := "星河县2023年国民经济和社会发展统计公报\n\n2023年,全县地区生产总值实现125.3亿元,比上年增长5.1%。全县一般公共预算收入8.2亿元。\n"
	checkRegions(t, []regionCase{
		{"no such county", text, [][2]string{{"125.3亿元", ""}, {"5.1%", ""}, {"8.2亿元", ""}}},
	})
}
