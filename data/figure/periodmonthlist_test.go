package figure

import "testing"

// A span of months followed by 分别为 and a value for each month names the
// months one by one; a release of the year to date gives each reading to
// date, and a value past the span is the release's own month.
func TestMonthByMonthList(t *testing.T) {
	h1 := "全县上半年经济运行情况\n上半年,全县完成规上工业产值83.3亿元,增长6.2%。规上工业增加值27.3亿元,增长9%。增幅2-5月份分别为14.2%、13%、12.8%、12.7%、9%,呈逐月回落趋势。\n"
	checkPeriods(t, []periodCase{
		{h1, "14.2%", 0, "M1-M2"},
		{h1, "13%", 0, "Q1"},
		{h1, "12.7%", 0, "M1-M5"},
		{h1, "9%", 1, "H1"},
		{h1, "9%", 0, "H1"},
		// one period's values of two indicators: no months named one by one
		{"全县经济运行情况\n规上工业增加值和增速1-5月份分别为20.1亿元和5.2%。\n", "5.2%", 0, "M1-M5"},
	})
}
