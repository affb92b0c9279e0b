package figure

import "strings"

// priceBaseWords after a year make it the base of a price or currency
// conversion, not the time of the figures: 按2020年不变价格计算比上年增长9.4%
// (a bulletin of 2021), 以2015年为基期, 按2021年平均汇率折算.
var priceBaseWords = []string{"不变价", "可比价", "价格", "为基期", "基期", "平均汇率", "汇率"}

// priceBaseYear reports whether the year written just before after is a
// price base: after holds the text right after 年.
func priceBaseYear(after string) bool {
	after = strings.TrimLeft(after, " ")
	after = strings.TrimPrefix(after, "度")
	return hasPrefixAny(after, priceBaseWords)
}

// changeFrom before 上年 or 去年 make it the start of a change (由上年的
// 35:21:44调整为34:24:42, 从去年的9.6%提高到), whose year is not the
// sentence's.
var changeFrom = []string{"由", "从"}

// planMeasures before 年度计划 or 全年目标 make the plan the base a part of
// the year is measured against (完成年度计划的71%, 分别完成年度计划目标的
// 74.32%); a plan named on its own (年度计划投资561.86亿元) is the whole
// year's figure.
var planMeasures = []string{"完成", "占", "达到", "超过", "超额", "实现", "为", "下达"} // 完成市政府下达全年目标的59.2%

// planBase reports whether the whole-year word between before and after
// names a plan measured against: it opens one of yearPlanWords and is
// measured (planMeasures, 分别完成).
func planBase(before, after string) bool {
	return hasPrefixAny(after, yearPlanWords) && hasSuffixAny(compact(before), planMeasures)
}
