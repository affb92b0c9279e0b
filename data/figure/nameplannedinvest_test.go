package figure

import "testing"

// Project reports give the investment planned for the year beside the
// total and the investment done; 计划 there is part of the indicator, not
// a plan to do something (it had been dropped, and the bare 投资 then took
// the figure before's name: 总投资, 概算投资). Sentences from a county's
// key-project report (沁水, 2021) and a county's 1-5月 project news.
func TestPlannedInvestment(t *testing.T) {
	const qinshui = "2021年,我县省市县重点工程项目共30项,总投资519.86亿元,当年计划投资63.27亿元。省级6项,概算投资140.16亿元,当年计划投资19亿元。"
	const county = "重点项目104个,计划投资93.68亿元,完成投资44.24亿元,占年度计划的47.2%。"
	checkFields(t, []fieldCase{
		{text: qinshui, fig: "519.86亿元", name: "省市县重点工程项目总投资"},
		{text: qinshui, fig: "63.27亿元", name: "当年计划投资"},
		{text: qinshui, fig: "140.16亿元", name: "概算投资"},
		{text: qinshui, fig: "19亿元", name: "当年计划投资"},
		{text: county, fig: "93.68亿元", name: "计划投资"},
		{text: county, fig: "44.24亿元", name: "完成投资"},
	})
}
