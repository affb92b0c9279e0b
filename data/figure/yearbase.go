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
