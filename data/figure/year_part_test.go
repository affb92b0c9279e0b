package figure

import "testing"

// A release of 2024's first quarter quotes 2023 in a sentence of its own;
// the 一季度 after it is 2024's again, and 去年一季度 is 2023's.
func TestEarlierYearInReleaseOfPart(t *testing.T) {
	text := "2024年一季度全县经济运行分析\n\n一季度,全县地区生产总值完成45.2亿元,同比增长5.8%。2023年,全县地区生产总值增长6.1%。一季度,全县规模以上工业增加值增长7.2%。去年一季度,全县规模以上工业增加值增长3.5%。"
	checkYears(t, []yearCase{
		{text: text, fig: "45.2亿元", year: 2024, period: "Q1"},
		{text: text, fig: "6.1%", year: 2023, period: ""},
		{text: text, fig: "7.2%", year: 2024, period: "Q1"},
		{text: text, fig: "3.5%", year: 2023, period: "Q1"},
	})
}
