package figure

import "testing"

// What stands before the first of a list of values is said of all of them:
// 由上年的22.26%、28.63%和49.11% are the year before's three shares (a
// county's 2023 analysis), the list after 调整为 the year's own.
func TestYearOfListedBase(t *testing.T) {
	const county = "2023年全县经济运行情况分析\n一、综合\n" +
		"初步测算，全年完成地区生产总值221.23亿元，比上年同期增长5.0%。产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。全县人均GDP为29883.8元。\n"
	checkYears(t, []yearCase{
		{county, "22.26%", 2022, ""},
		{county, "28.63%", 2022, ""},
		{county, "49.11%", 2022, ""},
		{county, "21.35%", 2023, ""},
		{county, "50.73%", 2023, ""},
		{county, "29883.8元", 2023, ""},
	})
}
