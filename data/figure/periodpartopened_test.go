package figure

import "testing"

// A month opened by 其中 is a part of the months before it for its clause
// group only: after ；the next indicator is the months' again, as after
// 其中当月.
func TestPartMonthEndsAtSemicolon(t *testing.T) {
	text := "旺苍县经济运行\n1-7月,全县规上工业增加值同比增长3.6%,其中,7月增长13.1%,增速居全市第3位;全县固定资产投资同比增长8.2%。\n"
	checkPeriods(t, []periodCase{
		{text, "3.6%", 0, "M1-M7"},
		{text, "13.1%", 0, "M7"},
		{text, "8.2%", 0, "M1-M7"},
	})
}

// 其中6月份累计 after a sum of the half is June's part of it.
func TestPartMonthSumIsTheMonth(t *testing.T) {
	text := "2022年1—6月全区经济运行提要\n上半年,我区共接待旅游人次180.4万人次,同口径下降47.9%;核心景区一次进山人数全年累计36.21万人,同比下降76.33%;其中6月份累计15.2万人,同比下降43.0%。\n"
	checkPeriods(t, []periodCase{
		{text, "15.2万人", 0, "M6"},
		{text, "43.0%", 0, "M6"},
		{"全市经济运行\n1-8月,全市规模工业增加值同比增长7.3%,8月当月增长8.9%,累计增幅位次较一季度前移6位。\n", "6位", 0, "M1-M8"},
	})
}
