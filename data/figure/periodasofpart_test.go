package figure

import "testing"

// 截至今年上半年 opening a sentence dates its stocks at the half's end, as
// 截至6月底 does; a flow of the months keeps the half (TestAsOfQuarterIsToDate).
func TestAsOfPartIsItsEnd(t *testing.T) {
	text := "工业经济趋稳向好。截至今年上半年,全市县域规模以上工业企业个数达到1728家,比年初增加了65家。\n"
	checkPeriods(t, []periodCase{
		{text, "1728家", 0, "M6E"},
		{text, "65家", 0, "M6E"},
	})
	flow := "截至2023年一季度,全县累计完成固定资产投资12.5亿元,同比增长8.1%。\n"
	checkPeriods(t, []periodCase{
		{flow, "12.5亿元", 0, "Q1"},
		{flow, "8.1%", 0, "Q1"},
	})
}

// 其中 opens a part of the stock counted at the half's end: the same end.
func TestAsOfPartHoldsForItsPart(t *testing.T) {
	text := "今年上半年,全市县域镇域经济稳中向好,继续保持平稳较快增长态势。\n工业经济趋稳向好。截至今年上半年,全市县域规模以上工业企业个数达到1728家,比年初增加了65家。其中,邹城新增19家,达252家。全市县域两次集中开工过亿元以上项目196个。\n"
	checkPeriods(t, []periodCase{
		{text, "19家", 0, "M6E"},
		{text, "252家", 0, "M6E"},
		{text, "196个", 0, "H1"},
	})
}
