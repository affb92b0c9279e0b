package figure

import "testing"

// A work report's results against the year's plan (同心县's jobs news, a
// 黑龙江 county's report): the share of the plan is the result's, the
// amount written with the plan is the result's target, not 指标 or
// 目标任务 alone.
func TestNamesPlanMeasure(t *testing.T) {
	const invest = "1—12月,我县招商引资项目共到位资金71.15亿元,完成市政府考核目标61亿元的117%,同比增长42%。"
	const budget = "1-5月,全县大口径财政收入完成21282万元,占年预算96540万元的22.04%,短收18943万元。"
	const jobs = "城镇新增就业2093人,占全年目标任务1200人的174%,帮助城镇151名就业困难人员实现就业,占全年目标任务125人的121%。"
	checkFields(t, []fieldCase{
		{text: jobs, fig: "174%", name: "城镇新增就业完成全年目标任务"},
		{text: jobs, fig: "1200人", name: "城镇新增就业全年目标任务"},
		{text: jobs, fig: "121%", name: "就业困难人员完成全年目标任务"},
		{text: "实现城镇新增就业1885人,完成全年指标的105%,失业人员再就业1007人,完成全年指标100%。", fig: "105%", name: "城镇新增就业完成全年指标"},
		{text: "实现城镇新增就业1885人,完成全年指标的105%,失业人员再就业1007人,完成全年指标100%。", fig: "100%", name: "失业人员再就业完成全年指标"},
		{text: invest, fig: "117%", name: "招商引资项目到位资金完成市政府考核目标"},
		{text: invest, fig: "42%", name: "招商引资项目到位资金"},
		{text: "居家养老人数达到20553人(其中政府补助10236人,自费10317人),完成全年目标的100.75%。", fig: "100.75%", name: "居家养老人数完成全年目标"},
		// 秦安 2020 1-5月: the year's budget is a plan too
		{text: budget, fig: "96540万元", name: "大口径财政收入年预算"},
		{text: budget, fig: "22.04%", name: "大口径财政收入完成年预算"},
	})
}
