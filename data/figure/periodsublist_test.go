package figure

import "testing"

// Counts of the year's list of projects split by level, written in the
// sentence of the months' completion, are parts of the list: no period.
// Their investment is the months'.
func TestSubListOfYearsProjects(t *testing.T) {
	text := "重点项目建设进展情况\n2022年,我县安排重点建设项目72宗(其中,投产项目5宗,续建项目28宗,新开工项目39宗),总投资2499亿元,年度投资计划190.7亿元。1至5月,累计完成投资88.4亿元,完成年度计划投资的46.4%。(省、市重点建设项目29宗,完成投资69.9亿元,完成年度计划的54.4%,高于序时进度4.4个百分点;县重点建设项目43宗,完成投资18.5亿元,完成年度计划的29.7%,低于序时进度20.3个百分点。)\n"
	checkPeriods(t, []periodCase{
		{text, "72宗", 0, ""},
		{text, "29宗", 0, ""},
		{text, "43宗", 0, ""},
		{text, "69.9亿元", 0, "M1-M5"},
		{text, "18.5亿元", 0, "M1-M5"},
		// no list before: the months' count of projects is the months'
		{"经济运行\n至10月底,全县完成财政收入4.91亿元,88个重点项目完成投资93亿元,新开工建设项目52个,开工率100%。\n", "88个", 0, "M10E"},
	})
}
