package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// yearOfValue reports whether the year quantity j is written as the
// attribute of the value right after it, with at most one of baseValueGaps
// between: 2018年14户新增企业1—3月完成工业总产值同比增长176.4% (the
// enterprises added in 2018; their output grew in the first quarter of the
// report's year), 由2016年的第60名上升至2019年的第35名. Such a year is that
// value's own (ownBaseYear), not the time of the figures after it. The value
// must start before to, the figure the year is sought for.
func (x *extractor) yearOfValue(j, to int) bool {
	if j+1 >= len(x.qs) {
		return false
	}
	n := x.qs[j+1]
	if n.Start >= to || n.Kind == quantity.Date {
		return false // 2023年1-6月: a period of the year, the time of what follows
	}
	return matchAny(compact(x.s[x.qs[j].End:n.Start]), baseValueGaps)
}

// wholeYearGaps are the baseValueGaps that make the value the whole
// year's: not 同期的 (比2018年同期的14户 is the same part of that year).
var wholeYearGaps = []string{"", "的", "末的", "底的"}

// wholeYearValue reports whether the figure at pos is the value of the
// year written right before it (ownBaseYear) as a whole: 2018年14户新增企业
// in a release of the first quarter counts the enterprises added in 2018,
// and has no period.
func (x *extractor) wholeYearValue(ss, pos int) bool {
	ss = runeStart(x.s, max(ss, pos-400))
	if x.ownBaseYear(ss, pos) == 0 {
		return false
	}
	k := strings.LastIndex(x.s[ss:pos], "年")
	return k >= 0 && matchAny(compact(x.s[ss+k+len("年"):pos]), wholeYearGaps)
}

// comparedYear reports whether the year q is written after a comparison
// word: 高于2023年1.2个百分点 is a difference from 2023, not 2023's value,
// and so is 高于疫情前2019年0.4个百分点 (财新), the word a few characters
// before the year in its clause.
func (x *extractor) comparedYear(ss int, q quantity.Quantity) bool {
	if hasSuffixAny(compact(x.s[runeStart(x.s, max(ss, q.Start-12)):q.Start]), comparisonWords) {
		return true
	}
	return comparesIn(compact(x.s[clauseStart(x.s, ss, q.Start):q.Start]))
}

// yearHeldBefore reports whether the year quantity j holds only for what
// is written between it and to, the figure the year is sought for: a
// value's own year (yearOfValue), or a basis closed before the figure
// (继2010年提高1.0个百分点的基础上,再次上升了0.6个百分点: 2010's rise only).
func (x *extractor) yearHeldBefore(j, to int) bool {
	q := x.qs[j]
	return x.yearOfValue(j, to) || closedBasis(x.s[q.End:max(q.End, to)])
}
