package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// accountedQuarters are the spans a quarter of the unified GDP accounting
// stands for: 根据地区生产总值统一核算结果,二季度全县地区生产总值为1437936
// 万元 (h01, a half-year analysis) is the cumulative figure to June, as the
// accounting of counties and cities is published.
var accountedQuarters = map[string]string{"Q2": "H1", "Q3": "Q1-Q3", "Q4": ""}

// accountingWords name the unified accounting whose results are cumulative.
var accountingWords = []string{"统一核算结果", "统一核算"}

// accountedQuarter is the code of a quarter written right after a mention
// of the unified accounting (before is its sentence up to the quarter),
// else code unchanged: a quarter written later in the sentence (其中二季度
// 增长5.2%) is the quarter alone.
func accountedQuarter(before, code string) string {
	span, ok := accountedQuarters[code]
	if !ok {
		return code
	}
	for _, w := range accountingWords {
		if k := strings.LastIndex(before, w); k >= 0 && trimSet(before[k+len(w):], " ,，:：") == "" {
			return span
		}
	}
	if hasSuffixAny(strings.TrimSuffix(strings.TrimRight(before, " "), "第"), quarterAsOf) {
		return span // 截止二季度,全县规模以上工业企业…累计完成工业总产值22.02亿元: January to June
	}
	return code
}

// quarterAsOf before a quarter make it the end of the months counted from
// January: 截止二季度 is the half year to date, 截至三季度 the first three
// quarters, as 截至6月末 is a sum or a stock at the end of June.
var quarterAsOf = []string{"截至", "截止", "截止到", "截至到"}

// bracketReach is how far before a bracketed figure its base period is
// read: 较一季度( is 12 bytes, 比1-2月份( 13.
const bracketReach = 30

// bracketedBase reads the period of a figure written in brackets right
// after a base period (较一季度(-10.8%)回升2.1个百分点, 比1-5月（3.2%）): the
// base's own value, of the base's period. before is the text up to the
// figure; ok is false when the figure is not so written.
func bracketedBase(before string) (string, bool) {
	if !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "（") {
		return "", false
	}
	before = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(before, "("), "（"), " ")
	return periodAfterBase(before, comparisonWords)
}

// periodAfterBase is the period before ends with, written right after the
// last of words (较一季度, 由二季度), and whether there is one.
func periodAfterBase(before string, words []string) (string, bool) {
	k, w := -1, ""
	for _, c := range words {
		if i := lastIndex(before, c); i > k {
			k, w = i, c
		}
	}
	if k < 0 {
		return "", false
	}
	rest := lastOfBaseList(before[k+len(w):])
	ps := corpus.Periods(rest)
	if len(ps) != 1 || ps[0].Start != 0 || ps[0].End != len(rest) {
		return bareMonth(rest) // 并高于4月的1.5%: April's value
	}
	return ps[0].Code, true
}
