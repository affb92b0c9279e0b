package figure

import "testing"

// In a release of June, 半年累计 is an aside to the end of its clause
// group; the next group gives the month's own figure again.
func TestCumulativeAsideInAMonthsRelease(t *testing.T) {
	text := "6月份全县工业经济运行情况\n据我局统计,今年6月全县实现规上工业产值20.67亿元,同比负增长3.4%,半年累计完成规上工业产值108.7亿元,同比增长18.7%,增幅比5月下降6.8个百分点;完成规上销售产值20亿元,同比负增长1.7%,半年累计完成规上销售产值105.1亿元,增幅比5月下降8.9个百分点。\n"
	checkPeriods(t, []periodCase{
		{text, "20.67亿元", 0, "M6"},
		{text, "108.7亿元", 0, "H1"},
		{text, "6.8个百分点", 0, "H1"},
		{text, "20亿元", 0, "M6"},
		{text, "1.7%", 0, "M6"},
		{text, "105.1亿元", 0, "H1"},
	})
}
