package figure

import "testing"

// TestYearOfATargetOnLastYearsBase: 上年 in 在上年基础上增长5% or 稳定在上年
// 水平 is the base a target is set on; the targets are of the year ahead.
func TestYearOfATargetOnLastYearsBase(t *testing.T) {
	const report = "政府工作报告\n\n——2024年1月18日在某县第十八届人民代表大会第四次会议上\n\n各位代表:\n\n一、2023年工作回顾\n\n全县地区生产总值增长6%。\n\n二、2024年工作安排\n\n" +
		"今年主要预期目标是:地区生产总值增长6.5%,一般公共预算收入在上年基础上增长5%,固定资产投资较上年增长10%。\n"
	checkYears(t, []yearCase{
		{report, "6%", 2023, ""},
		{report, "5%", 2024, ""},
		{report, "10%", 2024, ""},
	})
}
