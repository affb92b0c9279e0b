package figure

import "testing"

// A third quarter compared with the half before it is the first three
// quarters (county accounting results are cumulative); written 环比 it is
// the quarter alone.
func TestQuarterComparedWithHalfIsCumulative(t *testing.T) {
	const county = "全县经济运行情况\n三季度,全县实现地区生产总值125.95亿元,同比增长6.2%,增速比上半年高1.5个百分点。\n"
	const alone = "全县经济运行情况\n三季度,全县实现地区生产总值125.95亿元,环比增长1.2%。\n"
	const quarterBase = "全县经济运行情况\n三季度,全县规模以上工业增加值同比增长5.1%,比二季度加快0.8个百分点。\n"
	checkYears(t, []yearCase{
		{county, "125.95亿元", 0, "Q1-Q3"},
		{county, "6.2%", 0, "Q1-Q3"},
		{county, "1.5个百分点", 0, "Q1-Q3"},
		{alone, "125.95亿元", 0, "Q3"},
		{quarterBase, "5.1%", 0, "Q3"},
	})
}

// A 分别 list of changes against one base pairs with the figures its
// sentence gave before, in order: the month's own, then the sum to date.
func TestPairedChangesTakeTheirFiguresPeriods(t *testing.T) {
	const release = "1-5月全市工业经济运行情况\n5月份,全市规模以上工业增加值同比增长19.3%,累计增长12.3%,与4月份相比分别提高了3.1和1.6个百分点。\n"
	const same = "1-5月,全市规模以上工业增加值增长12.3%,固定资产投资增长8.1%,与1-4月相比分别提高了1.6和0.5个百分点。\n"
	checkYears(t, []yearCase{
		{release, "19.3%", 0, "M5"},
		{release, "12.3%", 0, "M1-M5"},
		{release, "3.1", 0, "M5"},
		{release, "1.6个百分点", 0, "M1-M5"},
		{same, "0.5个百分点", 0, "M1-M5"},
	})
}

// A text that wrote 三季度 for the first three quarters keeps that usage in
// its later clauses opened by 三季度; a breakdown by quarter keeps Q3.
func TestQuarterUsageHoldsThroughTheText(t *testing.T) {
	const county = "全县经济运行情况\n三季度,全县实现地区生产总值125.95亿元,同比增长3.6%,比上半年高1.5个百分点。\n三季度,第一产业对全县地区生产总值的贡献率为6.6%。\n三季度,全县实现农林牧渔业产值29.24亿元,同比增长2.32%。\n分季度看,二季度增长3.1%,三季度增长4.2%。\n"
	checkYears(t, []yearCase{
		{county, "6.6%", 0, "Q1-Q3"},
		{county, "29.24亿元", 0, "Q1-Q3"},
		{county, "4.2%", 0, "Q3"},
	})
}

// With amounts between, a list of 个百分点 changes pairs with the rates.
func TestPairedChangesPairWithRates(t *testing.T) {
	const release = "1-5月全市工业经济运行情况\n5月份,全市规模以上工业完成产值10.2亿元,同比增长19.3%,累计完成产值45.6亿元,累计增长12.3%,与4月份相比分别提高了3.1和1.6个百分点。\n"
	checkYears(t, []yearCase{
		{release, "3.1", 0, "M5"},
		{release, "1.6个百分点", 0, "M1-M5"},
	})
}
