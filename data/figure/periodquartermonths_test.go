package figure

import "testing"

// A quarter written with its months (7-9月份) is those months alone, though
// compared with 上半年 as a bare 三季度 summing to September may be.
func TestQuarterWrittenInMonths(t *testing.T) {
	const tourism = "市南区旅游市场持续升温\n据统计,市南区7-9月份接待国内外游客862.25万人次,实现旅游收入93.9亿元,分别同比增长14.39%和18.10%。\n"
	const compared = "全县经济运行情况\n7-9月,全县规模以上工业增加值增长6.1%,比上半年加快1.2个百分点。\n"
	const bare = "全县经济运行情况\n三季度,全县实现地区生产总值125.95亿元,同比增长3.6%,比上半年高1.5个百分点。\n"
	checkYears(t, []yearCase{
		{tourism, "862.25万人次", 0, "Q3"},
		{tourism, "18.10%", 0, "Q3"},
		{compared, "6.1%", 0, "Q3"},
		{bare, "125.95亿元", 0, "Q1-Q3"},
	})
}
