package figure

import "testing"

// An undated text that tells a year's results as done counts 今年 from the
// year after it; 当年 stays the year spoken of, and a year planned
// (2023年，全县计划…) or told of a part (2023年，一季度…) closes nothing.
func TestClosedYear(t *testing.T) {
	const release = "全县经济运行情况\n" +
		"2023年，全县地区生产总值完成215.6亿元，增长5.8%。规上工业增加值增长7.1%。\n" +
		"今年以来，全县经济持续恢复向好。一季度，全县地区生产总值完成52.3亿元，增长6.2%。规上工业增加值增长8.0%。\n" +
		"今年，全县计划实施重点项目120个，总投资580亿元。\n"
	const planned = "全县重点项目建设情况\n" +
		"2023年，全县计划实施重点项目120个，总投资580亿元。\n" +
		"今年以来，全县新开工项目36个，完成投资42.6亿元。\n"
	const signed = "招商引资\n" +
		"2020年，全区签约亿元以上项目12个，总投资117.8亿元。重点项目实现当年签约当年开工，投资25亿元的医药产业园顺利落地。\n"
	const bare = "全县经济运行情况\n\n2023年全县地区生产总值完成215.6亿元，增长5.8%。\n\n今年一季度，全县地区生产总值完成52.3亿元，增长6.2%。\n"
	checkYears(t, []yearCase{
		{bare, "52.3亿元", 2024, "Q1"},
		{release, "215.6亿元", 2023, ""},
		{release, "7.1%", 2023, ""},
		{release, "52.3亿元", 2024, "Q1"},
		{release, "8.0%", 2024, "Q1"},
		{release, "120个", 2024, ""},
		{planned, "42.6亿元", 2023, ""},
		{signed, "25亿元", 2020, ""},
	})
}

// Two years told as done: 今年 is the year after the later one, though the
// lead's earlier year is the one the text opens with.
func TestClosedYears(t *testing.T) {
	const review = "全县经济发展情况\n\n2022年，全县地区生产总值完成203.8亿元，增长4.1%。\n\n2023年，全县地区生产总值完成215.6亿元，增长5.8%。\n\n今年以来，全县新签约项目18个，协议引资56亿元。\n"
	checkYears(t, []yearCase{
		{review, "203.8亿元", 2022, ""},
		{review, "215.6亿元", 2023, ""},
		{review, "18个", 2024, ""},
	})
}
