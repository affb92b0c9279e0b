package figure

import "testing"

// A plan's end that starts a change (从“十三五”末的…增长到…) dates the
// starting value only, as 由2020年的 does: the value arrived at, and the
// figures after it, are not the plan end's year (国新办's briefing on the
// 2026 work report: 中国经济总量从「十三五」末的103万亿元人民币增长到140万亿
// 元以上).
func TestPlanEndStartsChange(t *testing.T) {
	const briefing = "中国经济过去五年成绩单\n就中国经济成绩单,沈丹阳再补充几组数例。从经济规模和经济增速看,五年来,中国经济总量从「十三五」末的103万亿元人民币增长到140万亿元以上,几乎每年就跳上一个10万亿级台阶,五年经济增量超过35万亿元,相当于一个中等规模经济体的总量。\n"
	const report = "政府工作报告\n——2026年1月10日在某县第十八届人民代表大会第五次会议上\n一、“十四五”时期工作回顾\n五年来,全县一般公共预算收入从“十三五”末的9.2亿元增长到13.6亿元。\n2025年,全县地区生产总值增长5.6%。\n"
	const atEnd = "政府工作报告\n——2021年1月10日在某县人民代表大会上\n“十三五”末,全县地区生产总值达到185.3亿元,年均增长6.8%。\n"
	checkYears(t, []yearCase{
		{briefing, "103万亿元人民币", 2020, ""},
		{briefing, "140万亿元", 0, ""},
		{briefing, "35万亿元", 0, ""},
		{report, "9.2亿元", 2020, ""},
		{report, "13.6亿元", 2025, ""},
		{atEnd, "185.3亿元", 2020, ""},
	})
}
