package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// periodFinder gathers the periods of one text for Periods: each way of
// writing a period adds what it finds, longest and surest first, and a
// later find inside an earlier one is dropped.
type periodFinder struct {
	s   string
	all []periodCandidate
}

// add keeps the period s[start:end] (code "" keeps nothing), unless it
// lies inside one found before or opens a span that runs to now.
func (p *periodFinder) add(start, end int, code string) {
	if code == "" {
		return
	}
	for _, m := range p.all {
		if start < m.End && m.Start < end {
			return // inside a longer phrase found first (比前三季度: not 三季度)
		}
	}
	if spanStart(p.s[:start], p.s[end:]) {
		return // 去年四季度以来: the start of a span that runs to now
	}
	p.all = append(p.all, periodCandidate{PeriodMention{start, end, code}, isBase(p.s[:start])})
}

// monthPattern is one regexp way of writing months: needs says whether
// a text holds the words it cannot match without (the regexps are slow,
// and most sentences with a 月 hold none of them), period reads a match
// as a period (code "" when the match is none).
type monthPattern struct {
	re     *regexp.Regexp
	needs  func(s string) bool
	period func(s string, m []int) (start, end int, code string)
}

// monthPatterns are tried in this order, so that a range (1—5月) is
// taken before the month end (5月末) or single month inside it.
var monthPatterns = []monthPattern{
	{monthRange, func(s string) bool { return containsAny(s, rangeLinks) }, rangePeriod},
	{firstMonths, func(s string) bool { return containsAny(s, firstMonthWords) }, firstMonthsPeriod},
	{monthEnd, func(s string) bool { return containsAny(s, monthEndWords) }, monthEndPeriod},
	{monthLastDay, func(s string) bool { return strings.Contains(s, "日") && containsAny(s, lastDayLeads) }, lastDayPeriod},
}

// rangePeriod: 1—5月 is M1-M5, 1-3月 Q1.
func rangePeriod(s string, m []int) (int, int, string) {
	if !yuanMonthOK(s, m[2], m[3]) {
		return 0, 0, "" // 补贴3000元至9月底: the yuan of an amount
	}
	a, b := monthValue(s[m[2]:m[3]]), monthValue(s[m[4]:m[5]])
	if a >= 1 && b > a && b <= 12 {
		return m[0], m[1], monthSpan(a, b)
	}
	return 0, 0, ""
}

// firstMonthsPeriod: 前5个月 is M1-M5.
func firstMonthsPeriod(s string, m []int) (int, int, string) {
	if b := monthValue(s[m[2]:m[3]]); b >= 2 && b <= 11 {
		return m[0], m[1], monthSpan(1, b)
	}
	return 0, 0, ""
}

// monthEndPeriod: 3月末 is M3E; 12月末 is the year's end, a stock of the
// whole year.
func monthEndPeriod(s string, m []int) (int, int, string) {
	if b := monthValue(s[m[2]:m[3]]); b >= 1 && b <= 11 {
		return m[0], m[1], "M" + strconv.Itoa(b) + "E"
	}
	return 0, 0, ""
}

// lastDayPeriod: 截至6月30日 is the end of June, written from the month.
func lastDayPeriod(s string, m []int) (int, int, string) {
	d, _ := strconv.Atoi(s[m[4]:m[5]])
	return m[2], m[1], lastDayEnd(monthValue(s[m[2]:m[3]]), d)
}

// addMonthPatterns adds what each month pattern finds, in order; only
// when s has a 月 at all.
func (p *periodFinder) addMonthPatterns(months bool) {
	mw := newMonthWindow(p.s, months)
	for _, mp := range monthPatterns {
		for _, m := range monthMatches(mp.re, mw, months && mp.needs(p.s)) {
			p.add(mp.period(p.s, m))
		}
	}
}

// addQuarterEnds adds the first of each quarter end phrase.
func (p *periodFinder) addQuarterEnds() {
	for _, w := range quarterEnds {
		if k := indexWord(p.s, w.phrase); k >= 0 {
			p.add(k, k+len(w.phrase), w.code)
		}
	}
}

// addPeriodWords adds every fixed phrase of periodWords.
func (p *periodFinder) addPeriodWords() {
	for _, w := range periodWords {
		for i := 0; ; {
			k := indexWord(p.s[i:], w.phrase)
			if k < 0 {
				break
			}
			p.add(i+k, i+k+len(w.phrase), w.code)
			i += k + len(w.phrase)
		}
	}
}
