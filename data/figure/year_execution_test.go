package figure

import "testing"

// A plan's execution report published the January after (the page's
// 发布日期 line, as 正蓝旗's has) writes its execution part in the year
// executed: 今年以来 there is 2024, not the publication's 2025 (寿县's
// report, its dateline dropped). The plan part keeps the year it is headed
// with.
func TestExecutionPartCountsFromTheYearExecuted(t *testing.T) {
	const shouxian = "关于寿县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\n来源: 县发改委 发布日期: 2025-01-20 09:27\n\n各位代表:\n\n一、2024年国民经济和社会发展计划执行情况\n\n今年以来,全县上下坚持以习近平新时代中国特色社会主义思想为指导,全县经济持续向好,社会大局保持稳定,高质量发展扎实推进。工业投资、技改投资、制造业投资分别增长20%、60%、10%。今年新增规上企业70户以上,总数突破360家。\n\n二、2025年经济社会发展主要预期目标\n\n地区生产总值增长6%左右,规上工业增加值增长8%。\n"
	checkYears(t, []yearCase{
		{shouxian, "60%", 2024, ""},
		{shouxian, "70户", 2024, ""},
		{shouxian, "8%", 2025, ""},
	})
}

// The same report, written in the year executed, calls the year it plans
// 明年: in the plan part, and in the execution part, it is 2025.
func TestExecutionReportNextYear(t *testing.T) {
	const budget = "关于某县2024年预算执行情况和2025年预算草案的报告\n\n来源: 县财政局 发布日期: 2025-01-22 10:15\n\n各位代表:\n\n一、2024年预算执行情况\n\n今年全县一般公共预算收入预计完成18.6亿元，增长6.5%。受减税降费政策影响，预计明年土地出让收入下降12%。\n\n二、2025年预算草案\n\n明年全县一般公共预算收入预期增长6%，达到19.7亿元。一般公共预算支出安排43.5亿元，增长2.8%。\n"
	const worded = "关于2024年财政预算执行和2025年预算安排的报告\n\n来源: 县财政局 发布日期: 2025-01-22 10:15\n\n各位代表:\n\n二、2025年预算安排\n\n明年全县一般公共预算收入预期增长6%，达到19.7亿元。\n"
	checkYears(t, []yearCase{
		{worded, "19.7亿元", 2025, ""},
		{budget, "18.6亿元", 2024, ""},
		{budget, "12%", 2025, ""},
		{budget, "19.7亿元", 2025, ""},
		{budget, "43.5亿元", 2025, ""},
	})
}
