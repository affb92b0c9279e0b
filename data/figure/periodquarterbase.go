package figure

import "strings"

// cumulativeQuarters map a quarter to the span it stands for when its
// sentence compares it with the cumulative period just before:
// 三季度，全县实现地区生产总值125.95亿元，同比增长6.2%，增速比上半年高1.5个
// 百分点 compares a year-to-date growth with the half's, so 三季度 is written
// for 前三季度 (county analyses call the accounting result of the first nine
// months by the quarter it ends). A quarter alone is compared with the
// quarter before (比二季度) or written 环比, and keeps its code.
var cumulativeQuarters = map[string]struct{ base, span string }{
	"Q3": {"上半年", "Q1-Q3"},
	"Q4": {"前三季度", ""},
}

// quarterAloneWords in the sentence keep a quarter its own: 环比 compares it
// with the quarter before, 单季 and 当季 say so.
var quarterAloneWords = []string{"环比", "单季", "当季"}

// quarterBaseLeads may stand between the comparison word and the base:
// 比今年上半年, 较本年上半年.
var quarterBaseLeads = []string{"今年", "本年", "全年"}

// cumulativeQuarter is the code of the quarter code written before rest,
// the remainder of its sentence: the span it closes when rest compares the
// figure with the cumulative period before (比上半年, 较前三季度), else code.
func cumulativeQuarter(rest, code string) string {
	c, ok := cumulativeQuarters[code]
	if !ok || containsAny(rest, quarterAloneWords) {
		return code
	}
	for from := 0; ; {
		k := strings.Index(rest[from:], c.base)
		if k < 0 {
			return code
		}
		k += from
		before := strings.TrimRight(rest[:k], " ")
		before = strings.TrimSuffix(before, suffixOf(before, quarterBaseLeads))
		if hasSuffixAny(before, comparisonWords) {
			return c.span
		}
		from = k + len(c.base)
	}
}
