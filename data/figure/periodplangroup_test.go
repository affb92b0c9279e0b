package figure

import "testing"

// A progress report of key projects gives the year's list (how many, their
// total investment, the year's plan) before what the months did: the list
// has no period; the months' completion and its share keep theirs.
func TestYearPlanGroupHasNoPeriod(t *testing.T) {
	liannan := "重点项目建设进展情况\n一、总体进展情况\n全县重点项目50个,总投资178.7亿元,年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%。\n"
	minhou := "重点项目进展\n2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%,其中:在建项目185项,总投资1330.5亿元,年度计划投资327.53亿元,1-6月累计完成投资235.8亿元,占年计划投资的72%。\n"
	checkPeriods(t, []periodCase{
		{liannan, "50个", 0, ""},
		{liannan, "178.7亿元", 0, ""},
		{liannan, "4.28亿元", 0, "M1-M5"},
		{liannan, "24.25%", 0, "M1-M5"},
		{minhou, "530项", 0, ""},
		{minhou, "185项", 0, ""},
		{minhou, "362.32亿元", 0, "H1"},
		{minhou, "64.49%", 0, "H1"},
		{minhou, "235.8亿元", 0, "H1"},
		// a period written in the group keeps it: the month's start-ups
		{"项目集中开工\n全市4月份集中开工项目共70个,总投资86.1亿元,年度计划投资50亿元。\n", "70个", 0, "M4"},
	})
}

// 完成年度投资计划的23.7% is the share of the year's plan the quarter did:
// the quarter's; a stock as of 截止到4月末 reaches its 其中 parts.
func TestPlanShareAndAsOfReach(t *testing.T) {
	plan := "重点项目\n一季度,全市25个省重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%。6个新开工项目中,3个项目已开工建设,开工率达50%。\n"
	asof := "经开区经济\n一季度,全区全口径招商引资完成17.3亿元。截止到4月末,经开区签约、协议、意向项目累计23个,协议资金额285.75亿元。其中,签约项目11个,引资额32.24亿元。\n"
	checkPeriods(t, []periodCase{
		{plan, "23.7%", 0, "Q1"},
		{plan, "50%", 0, "Q1"},
		{asof, "23个", 0, "M4E"},
		{asof, "11个", 0, "M4E"},
	})
}
