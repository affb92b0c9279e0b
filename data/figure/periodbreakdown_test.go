package figure

import "testing"

// The quarters of a 分季度看 breakdown are each their own figure's; the
// sentence after the breakdown is of the span the release covers again
// (国家统计局, 前三季度国民经济运行, 2016).
func TestBreakdownPartsStayInSentence(t *testing.T) {
	const nbs = "前三季度国民经济运行稳中有进、稳中提质\n(2016年10月19日)\n中华人民共和国国家统计局\n" +
		"初步核算,前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。分季度看,一季度同比增长6.7%,二季度增长6.9%,三季度增长6.8%。分产业看,第一产业增加值40666亿元,同比增长3.5%;第二产业增加值209415亿元,增长6.1%。从环比看,三季度国内生产总值增长1.8%。\n"
	checkYears(t, []yearCase{
		{nbs, "529971亿元", 2016, "Q1-Q3"},
		{nbs, "6.9%", 2016, "Q2"},
		{nbs, "6.8%", 2016, "Q3"},
		{nbs, "40666亿元", 2016, "Q1-Q3"},
		{nbs, "6.1%", 2016, "Q1-Q3"},
		{nbs, "1.8%", 2016, "Q3"},
	})
}
