package figure

import "testing"

// The whole of last year written as what this year's sum is set against
// (成都's 1-11月 news, 2021: 今年前11月…已超过去年全年的8118.5亿元) is the year
// before's whole-year value: no period of this year's, and the year before.
// A share of it (相当于上年全年的107.9%) measures this year's part.
func TestLastYearWholeValue(t *testing.T) {
	const chengdu = "原标题:今年前11月成都社会消费品零售总额超去年全年\n24日,成都市统计局公布1—11月份成都经济运行情况。统计数据显示,前11月全市实现社会消费品零售总额8362.0亿元,同比增长14.9%。\n记者通过对比2020年全年经济数据发现,今年前11月成都社会消费品零售总额已超过去年全年的8118.5亿元。\n"
	const dated = "成都经济运行情况\n2021年1-11月,成都社会消费品零售总额8362.0亿元,同比增长14.9%。今年前11月成都社会消费品零售总额已超过去年全年的8118.5亿元。\n"
	const share = "某县经济运行情况\n上半年,全县完成固定资产投资56.2亿元,已超过上年全年的52.1亿元,相当于上年全年的107.9%。\n"
	checkYears(t, []yearCase{
		{chengdu, "8362.0亿元", 0, "M1-M11"},
		{chengdu, "8118.5亿元", 0, ""},
		{dated, "8362.0亿元", 2021, "M1-M11"},
		{dated, "8118.5亿元", 2020, ""},
		{share, "52.1亿元", 0, ""},
		{share, "107.9%", 0, "H1"},
	})
}
