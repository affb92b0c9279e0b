package figure

import "testing"

// 去年全年 opening a sentence of a quarterly release is the whole year
// before, for that sentence only; the sentences after it are the
// release's quarter again. 比上年全年 stays a base.
func TestLastYearWholeHoldsForItsSentence(t *testing.T) {
	const county = "某县2024年一季度经济运行分析\n一季度,全县地区生产总值完成56.2亿元,同比增长5.1%。去年全年,全县地区生产总值增长4.2%。规上工业增加值同比增长7.3%,比上年同期提高1.2个百分点。\n" +
		"全县固定资产投资同比增长9.1%,比上年全年提高2.3个百分点。\n"
	checkYears(t, []yearCase{
		{county, "5.1%", 2024, "Q1"},
		{county, "4.2%", 2023, ""},
		{county, "7.3%", 2024, "Q1"},
		{county, "1.2个百分点", 2024, "Q1"},
		{county, "9.1%", 2024, "Q1"},
		{county, "2.3个百分点", 2024, "Q1"},
	})
}
