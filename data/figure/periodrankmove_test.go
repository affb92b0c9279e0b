package figure

import "testing"

// A move of rank after the rank it leads to is of the same ranking, so of
// the same period: a county's 三季度 ranking on GDP growth is the
// cumulative one (rankPeriod), and 较二季度前移2位 moves in it too. The
// sentence is the one the period7 round met on a county analysis.
func TestRankMoveSamePeriod(t *testing.T) {
	const analysis = "某县2024年三季度经济运行情况\n三季度,全县地区生产总值增速居全市第3位,较二季度前移2位。\n"
	checkYears(t, []yearCase{
		{analysis, "第3位", 2024, "Q1-Q3"},
		{analysis, "2位", 2024, "Q1-Q3"},
	})
}

// Each of two periods joined by 和 gets its member of the 分别 list.
func TestPairedPeriodsList(t *testing.T) {
	const analysis = "某县2024年5月经济运行情况\n5月份和1-5月,全县规上工业增加值分别增长9.9%和5.6%。\n"
	checkYears(t, []yearCase{
		{analysis, "9.9%", 2024, "M5"},
		{analysis, "5.6%", 2024, "M1-M5"},
	})
}
