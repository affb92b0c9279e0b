package figure

import "testing"

// An economic work meeting reviews one year and plans the next: 部署2026年
// 经济工作 names what is planned, and the figures the meeting reports after
// it are of the year reviewed.
func TestPlannedYearIsNoFigureYear(t *testing.T) {
	const news = "某县召开县委经济工作会议\n12月28日,县委经济工作会议召开。会议总结回顾2025年经济工作,分析当前形势,部署2026年经济工作。会议指出,全县地区生产总值预计完成320亿元,增长6.2%;规上工业增加值增长9.1%。\n"
	checkYears(t, []yearCase{
		{news, "320亿元", 2025, ""},
		{news, "6.2%", 2025, ""},
		{news, "9.1%", 2025, ""},
	})
}
