package figure

import "testing"

// 2022年同期为4.1% is 2022's value, as 上年同期为4.1% is the year before's;
// a year's 同期 as the base of a comparison is not the figure's year.
func TestSameTermValueIsOfItsYear(t *testing.T) {
	const head = "统计简报\n2023年第10期\n湟源县统计局\n\n前三季度全县经济运行情况\n\n"
	checkYears(t, []yearCase{
		{head + "前三季度,全县地区生产总值同比增长5.1%,比上年同期提高1.2个百分点。规上工业增加值增长6.3%,较上半年回落0.5个百分点。2022年同期为4.1%。\n", "4.1%", 2022, "Q1-Q3"},
		{head + "前三季度,全县地区生产总值同比增长5.1%,比2022年同期提高1.2个百分点。\n", "1.2个百分点", 2023, "Q1-Q3"},
		{head + "前三季度,全县规上工业增加值与2022年同期相比增长6.3%。\n", "6.3%", 2023, "Q1-Q3"},
	})
}
