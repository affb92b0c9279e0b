package figure

import "testing"

// A holiday written as the time of its sentence (十一黄金周期间, “五一”假期,
// 春节假期) is part of no period a code names: its figures are not those of
// the quarter or half the text is about. A holiday named as a cause (受春节
// 假期因素影响) leaves the period alone, and so does a period written after
// the holiday.
func TestHolidayIsNoPeriod(t *testing.T) {
	const autumn = "市南区旅游市场持续升温\n据统计,休闲汇期间,市南区7-9月份接待国内外游客862.25万人次,实现旅游收入93.9亿元,分别同比增长14.39%和18.10%,其中十一黄金周期间全区共接待国内外游客190.1万人次,实现旅游收入18.58亿元,分别比去年同期增长8.7%和15%。\n"
	const half = "上半年全区旅游经济持续回暖\n上半年,全区累计接待游客1250.3万人次,同比增长35.2%。其中,“五一”假期接待游客86.5万人次,同比增长22.1%。春节假期,景区共接待游客12.6万人次。\n6月份,全区接待游客230.1万人次。\n"
	const cause = "全区经济运行情况\n1-2月,受春节假期因素影响,全区规模以上工业增加值同比下降7.0%。春节过后,2月份全区规上工业企业开工率达95.1%。\n"
	checkYears(t, []yearCase{
		{autumn, "862.25万人次", 0, "Q3"},
		{autumn, "190.1万人次", 0, ""},
		{autumn, "18.58亿元", 0, ""},
		{half, "1250.3万人次", 0, "H1"},
		{half, "86.5万人次", 0, ""},
		{half, "22.1%", 0, ""},
		{half, "12.6万人次", 0, ""},
		{half, "230.1万人次", 0, "M6"},
		{cause, "7.0%", 0, "M1-M2"},
		{cause, "95.1%", 0, "M2"},
	})
}
