package figure

import "testing"

// 完成年度投资计划的16.4% is the share of the year's plan the quarter did,
// not the year's plan itself: the figures before it in its group (66个新开
// 工项目, 开工率42.4%, 完成投资43.4亿元) are the quarter's, not a list of
// the year's plan.
func TestPlanShareEndsNoPlanGroup(t *testing.T) {
	text := "一季度全市重点工业项目进展情况\n一季度,全市124个市工业重点项目完成投资99.8亿元,完成年度投资计划的21.9%。66个新开工项目已有28个开工建设,开工率42.4%,完成投资43.4亿元,完成年度投资计划的16.4%;58个续建项目进展顺利,已完成投资56.4亿元,完成年度投资计划的29.5%。\n"
	checkPeriods(t, []periodCase{
		{text, "66个", 0, "Q1"},
		{text, "42.4%", 0, "Q1"},
		{text, "43.4亿元", 0, "Q1"},
		{text, "56.4亿元", 0, "Q1"},
		{text, "29.5%", 0, "Q1"},
	})
}
