package figure

import "strings"

// sameTermValueWords end the words between a written year's 同期 and a
// figure that is that period's own value: 2022年同期为4.1%, 2022年同期增速
// 是3.8%.
var sameTermValueWords = []string{"为", "是", "为增长", "为下降", "增长", "下降"}

// sameTermValue reports whether between, the text from the end of a
// written year (2022年) to a figure, states the value of that year's same
// months: 2022年同期为4.1% is 2022's, as 上年同期为4.1% is the year
// before's. A base of a comparison (比2022年同期增长, 2022年同期的1.2倍,
// 与2022年同期相比) is not.
func sameTermValue(between string) bool {
	c := compact(between)
	if !strings.HasPrefix(c, "同期") || strings.ContainsAny(c, "。；;的") || runeLen(c) > 16 {
		return false
	}
	rest := c[len("同期"):]
	if containsAny(rest, comparisonWords) {
		return false
	}
	return rest == "" || hasSuffixAny(rest, sameTermValueWords)
}
