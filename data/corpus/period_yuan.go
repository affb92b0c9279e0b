package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstMonthNum is monthNum or 元, January where a span of months starts or
// a month stands alone: 元至九月 (1-9月, the first three quarters), 元月份.
const firstMonthNum = `(1[0-2]|[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九]|元)`

// yuanMonthLeads may stand right before a 元 that is January: 2018年元至9月,
// 今年元月, 自元月.
var yuanMonthLeads = []string{"年", "自", "从", "在", "截至"}

// yuanMonthOK reports whether the month written at s[start:end] is a
// month: any numeral is, and 元 only where it opens its clause or follows
// a year or a lead, not as the yuan of an amount (补贴3000元至9月底,
// 1.2亿美元至9月).
func yuanMonthOK(s string, start, end int) bool {
	if s[start:end] != "元" {
		return true
	}
	before := strings.TrimRight(s[:start], " \u3000")
	if before == "" || hasSuffixAny(before, yuanMonthLeads) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '\n' || unicode.IsPunct(r)
}
