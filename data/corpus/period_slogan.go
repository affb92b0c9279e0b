package corpus

import (
	"strconv"
	"strings"
)

// sloganQuotes open and close the name of a campaign or a slogan in a
// title: 全县“奋战四季度、决胜全年红”工作推进会.
var sloganQuotes = []struct{ open, close string }{{"“", "”"}, {"「", "」"}, {"‘", "’"}}

// titlePeriod is the last period a title (or a lead sentence) names
// outside quotation marks: a period inside them names a campaign (“奋战四
// 季度、决胜全年红”, “决战四季度”) the meeting or the speech is about, not
// the months its figures cover — a speech at such a meeting reviews the
// first three quarters.
func titlePeriod(title string) string {
	t := unquoted(title)
	ps := Periods(t)
	for i := len(ps) - 1; i >= 0; i-- {
		if i == 0 || !hasPrefixAny(strings.TrimLeft(t[ps[i].End:], " "), planHeads) {
			return ps[i].Code
		}
	}
	if code := titleMonth(title); code != "" {
		return code
	}
	return halfYearTitle(t)
}

// planHeads after a period in a title that names more than one make it
// the period a plan is for: 2025年上半年工作总结及下半年工作计划 reviews the
// first half, whose figures it gives; the second half is what it plans.
var planHeads = []string{"工作计划", "工作安排", "工作打算", "工作思路", "工作目标", "工作要点", "计划", "打算", "目标"}

// titleMonth is the month a title opens with, bare or after its year, when
// nothing after it makes it a date, an end or a bound: 9月四川规上工业增加
// 值同比增长5.6% names September's release, though no indicator word
// follows the month right away; "" otherwise.
func titleMonth(title string) string {
	t := strings.TrimSpace(title)
	if y := strings.TrimLeft(t, "0123456789"); len(t)-len(y) == 4 && strings.HasPrefix(y, "年") {
		t = y[len("年"):] // 2022年9月…
	}
	ms := singleMonthMatches(t)
	if len(ms) == 0 || ms[0][0] != 0 {
		return ""
	}
	m := ms[0]
	after := t[m[1]:]
	n := monthValue(t[m[2]:m[3]])
	if n < 1 || n > 12 || after == "" || hasPrefixAny(after, notSingleMonth) || startsWithDigit(after) {
		return ""
	}
	return "M" + strconv.Itoa(n)
}

// unquoted is s with what stands inside quotation marks written as a
// comma.
func unquoted(s string) string {
	out := s
	for _, q := range sloganQuotes {
		for {
			i := strings.Index(out, q.open)
			if i < 0 {
				break
			}
			j := strings.Index(out[i:], q.close)
			if j < 0 {
				break
			}
			out = out[:i] + "，" + out[i+j+len(q.close):]
		}
	}
	return out
}
