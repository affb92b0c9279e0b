package figure

import "testing"

// A numbered section that writes no period of its own is of the span the
// release covers, not of the months the section before it quoted.
func TestPeriodStopsAtNumberedHeading(t *testing.T) {
	const county = "某县2024年上半年经济运行情况\n上半年,全县上下坚持稳中求进工作总基调,全县经济运行稳中有进、进中向好。\n" +
		"一、工业生产稳步增长\n1-5月,全县规模以上工业增加值同比增长8.1%,增速比1-4月提高0.2个百分点。\n" +
		"二、固定资产投资较快增长\n全县固定资产投资同比增长12.3%,其中工业投资增长20.1%。\n" +
		"三、消费市场平稳\n全县社会消费品零售总额45.6亿元,同比增长6.2%。\n"
	const quarter = "某县2024年一季度经济运行分析\n一、1-3月份主要经济指标完成情况\n（一）农业\n全县农林牧渔业增加值增长3.9%。\n"
	checkYears(t, []yearCase{
		{county, "8.1%", 2024, "M1-M5"},
		{county, "12.3%", 2024, "H1"},
		{county, "20.1%", 2024, "H1"},
		{county, "45.6亿元", 2024, "H1"},
		{quarter, "3.9%", 2024, "Q1"},
	})
}
