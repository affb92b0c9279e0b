package figure

import "strings"

// wholeAsideLeads before 全年 or 年度 make the year what a part of it is
// measured against or done for, not the time of what follows: 为全年粮食稳产
// 增产打下坚实基础 (a release of a quarter goes on with the quarter's 生猪出栏),
// 为年度投资计划的30.90% (the months' share of the year's plan).
var wholeAsideLeads = []string{"为"}

// planAfterWhole after 年度 or 全年 name the year's plan (年度计划投资50亿元):
// the plan's value is the year's (yearPlanValue); the clauses after it are
// not turned to the whole year.
var planAfterWhole = []string{"计划投资", "投资计划"}

// wholeAside reports whether the whole-year word at the end of before,
// followed by after, leaves the period of what follows as it was: after
// one of wholeAsideLeads, or inside a bracket closed before the figure
// (新增规上企业(含2022年年度入库)326户: an aside on what was counted).
func wholeAside(before, after string) bool {
	if endsWithAny(before, wholeAsideLeads) || wholeForecast(after) {
		return true
	}
	if hasPrefixAny(after, planAfterWhole) && strings.ContainsAny(after, "，,；;。") {
		return true // 年度计划投资50亿元;其中市级重点项目18个: the plan is its own clause's
	}
	open := max(strings.LastIndex(before, "("), strings.LastIndex(before, "（"))
	shut := max(strings.LastIndex(before, ")"), strings.LastIndex(before, "）"))
	return open >= 0 && shut < open && strings.ContainsAny(after, ")）")
}
