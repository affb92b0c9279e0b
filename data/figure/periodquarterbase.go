package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

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

// otherQuarters in the sentence of a bare 三季度 make it one of a breakdown
// by quarter (一季度增长4%，二季度增长5%，三季度增长6%) or a comparison with
// the quarter before (比二季度加快): the quarter alone.
var otherQuarters = []string{"一季度", "二季度", "四季度", "上半年", "前三季度"}

// sameQuarterUsage gives the other bare 三季度 of a text that wrote one
// 三季度 for the first three quarters (cumulativeQuarter) the same span: an
// author keeps one usage, and a county analysis that compares its 三季度
// GDP with 上半年 goes on (三季度，第一产业对全县地区生产总值的贡献率为6.6%;
// 三季度，全县实现农林牧渔业产值29.24亿元) with the sums to September.
// Only a 三季度 opening its clause, in a sentence naming no other quarter
// or half and no 环比, is so read. ps are the text's periods, changed in place.
func sameQuarterUsage(s string, ps []corpus.PeriodMention, changed bool) {
	if !changed {
		return
	}
	for i, p := range ps {
		if p.Code != "Q3" || s[p.Start:p.End] != "三季度" || !opensOwnClause(s[:p.Start]) {
			continue
		}
		sent := sentenceAround(s, p.Start, p.End)
		if containsAny(sent, quarterAloneWords) || containsAny(strings.Replace(sent, "三季度", "", 1), otherQuarters) {
			continue
		}
		ps[i].Code = "Q1-Q3"
	}
}

// opensOwnClause reports whether before, the text up to a period, ends
// where a clause opens: the start of the text or a line, punctuation other
// than 、, with 今年 between.
func opensOwnClause(before string) bool {
	before = strings.TrimSuffix(trimRightSet(before, " \u3000"), "今年")
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	return r == '\n' || isPunct(r) && r != '、'
}

// sentenceAround is the sentence of s holding [start, end): from the last
// 。, ; or line break before to the first after.
func sentenceAround(s string, start, end int) string {
	from := strings.LastIndexAny(s[:start], "。；;\n") + 1
	to := strings.IndexAny(s[end:], "。；;\n")
	if to < 0 {
		return s[from:]
	}
	return s[from : end+to]
}
