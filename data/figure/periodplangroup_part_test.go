package figure

import "testing"

// A city's project news: the April projects and, after a semicolon, 其中
// the municipal key ones among them. The part is April's as the whole is;
// each plan's value stays the year's. A group of the year's list with no
// month written (全县重点项目50个…) is still the year's.
func TestPlanGroupPartKeepsItsMonth(t *testing.T) {
	const april = "重点项目建设情况\n全市4月份集中开工项目共70个,总投资86.1亿元,年度计划投资50亿元;其中市级重点项目18个,总投资61.4亿元,年度计划投资29.6亿元,涵盖工业、能源、基础设施、农水、生态环境治理等多个领域。\n"
	const list = "重点项目建设情况\n全县重点项目50个,总投资178.7亿元,年度投资计划17.68亿元;其中新开工项目20个,总投资60.2亿元,年度投资计划6.5亿元。1-5月完成投资4.28亿元。\n"
	checkYears(t, []yearCase{
		{april, "70个", 0, "M4"},
		{april, "18个", 0, "M4"},
		{april, "61.4亿元", 0, "M4"},
		{april, "29.6亿元", 0, ""},
		{list, "20个", 0, ""},
		{list, "4.28亿元", 0, "M1-M5"},
	})
}
