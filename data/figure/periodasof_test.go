package figure

import "testing"

// 至10月底 opens its clause as 截至10月底 does: the months to date hold for
// the sentences of the paragraph after it, not its own sentence only (p06).
func TestAsOfShortOpensClause(t *testing.T) {
	const news = "今年以来,该县聚力招商引资,经济持续较快增长。至10月底,全县完成财政收入4.91亿元,新开工建设项目36个。招商引资新签项目41个,到位资金50.2亿元。\n"
	checkYears(t, []yearCase{
		{news, "4.91亿元", 0, "M10E"},
		{news, "41个", 0, "M10E"},
		{news, "50.2亿元", 0, "M10E"},
	})
}

// A list of periods before 分别 gives each listed value its own period, in
// order, 全年 the whole year; a list of bases gives none (p09's form).
func TestListedPeriods(t *testing.T) {
	const analysis = "2021年全市经济形势分析\n2021年,全市实现生产总值652.1亿元,比上年增长7.2%。从增长走势来看,一季度、上半年、前三季度和全年GDP增速分别为16.3%、10.1%、8.9%和7.2%,两年平均增速分别为5.1%、5.6%、6.0%和5.8%。\n"
	const bases = "1-8月,全市实现社会消费品零售总额75.1亿元,增长13.1%,较一季度、上半年分别回落1.4和0.1个百分点。\n"
	checkYears(t, []yearCase{
		{analysis, "16.3%", 2021, "Q1"},
		{analysis, "10.1%", 2021, "H1"},
		{analysis, "8.9%", 2021, "Q1-Q3"},
		{analysis, "5.6%", 2021, "H1"},
		{analysis, "5.8%", 2021, ""},
		{bases, "0.1个百分点", 0, "M1-M8"},
	})
}

// A period a verb works on (研判前三季度…情况) names what is studied; the
// clauses after it are not of that period.
func TestStudiedPeriodHoldsForItsClause(t *testing.T) {
	const news = "某县经济持续较快增长\n\n今年以来,该县经济持续较快增长。\n\n年终将近,该县认真研判前三季度主要经济指标完成情况和全县经济运行情况,20余名县级领导深入重点项目工地调研。\n"
	const release = "前三季度,全县规上工业增加值增长6.2%,固定资产投资增长8.1%。\n"
	checkYears(t, []yearCase{
		{news, "20余名", 0, ""},
		{release, "8.1%", 0, "Q1-Q3"},
	})
}
