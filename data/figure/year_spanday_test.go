package figure

import "testing"

// A day that opens a span (2017年10月1日起，执行新国民经济行业分类标准, the
// notes under a district's 1-2月 release) dates neither the release nor its
// figures; the as-of day of a half year's stock (截至2023年6月30日) is the
// year of the release's figures.
func TestSpanDayDatesNothing(t *testing.T) {
	const notes = "一、规上工业增加值降幅收窄\n1-2月,全区规模以上工业增加值同比(下同)下降7.0%,降幅较去年同期缩窄1.2个百分点。\n" +
		"附注:\n(1)规模以上工业增加值及其分类项目增长速度按可比价计算,为实际增长速度。\n" +
		"(2)2017年10月1日起,执行新国民经济行业分类标准(GB/T4754-2017),部分企业归属口径有所变化,指标增速按可比口径计算。\n"
	const asOf = "上半年全县经济运行稳中向好\n上半年,全县实现地区生产总值120.5亿元,同比增长6.2%。截至2023年6月30日,全县金融机构存款余额350.2亿元,同比增长8.1%。\n"
	checkYears(t, []yearCase{
		{notes, "7.0%", 0, "M1-M2"},
		{notes, "1.2个百分点", 0, "M1-M2"},
		{asOf, "120.5亿元", 2023, "H1"},
		{asOf, "350.2亿元", 2023, "M6E"},
	})
}
