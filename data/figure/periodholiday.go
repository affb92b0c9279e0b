package figure

import (
	"sort"
	"strings"
)

// holidayTimes close the name of a holiday written as the time of a clause
// (“五一”假期, 春节期间, 十一黄金周期间, 国庆中秋长假), and holidayNames are what
// such a time may close. A holiday's days are part of no quarter, half or
// month span a period code names: its figures (其中,“五一”假期接待游客86.5
// 万人次, in a district's half-year tourism news) are not the half year's,
// and their period is left unknown rather than given the half's.
var (
	holidayTimes = []string{"小长假", "长假", "黄金周", "假期", "假日", "期间", "当天", "首日"}
	holidayNames = []string{"春节", "元旦", "清明", "五一", "劳动节", "端午", "中秋", "国庆", "十一", "双节", "节假日", "节日", "假日", "假期", "黄金周", "小长假", "长假"}
	// holidayCauseAfter and holidayCauseBefore make a holiday the cause of a
	// change (受春节假期因素影响，1-2月…), not the time of the figure.
	holidayCauseAfter  = []string{"因素", "影响", "效应", "错月", "错期"}
	holidayCauseBefore = []string{"受", "因", "由于", "叠加"}
)

// standaloneHolidayTimes name a holiday by themselves: 黄金周期间.
var standaloneHolidayTimes = []string{"小长假", "长假", "黄金周"}

// holidayClause reports whether the sentence from ss to the figure at pos
// writes a holiday as its time, with no period written after it.
func (x *extractor) holidayClause(ss, pos int) bool {
	ends := x.holidayEnds()
	i := sort.SearchInts(ends, pos+1) - 1
	if i < 0 || ends[i] <= ss {
		return false
	}
	x.ensurePeriods()
	k := sort.Search(len(x.periods), func(j int) bool { return x.periods[j].Start >= ends[i] })
	return k == len(x.periods) || x.periods[k].Start >= pos // 春节过后，2月份…: the month's
}

// holidayEnds lists where each holiday time written in the text ends, in
// order, read a sentence at a time once per text: searched from the
// sentence's start to every figure, a sentence of 40,000 listed numbers
// took quadratic time (TestLongListLinear).
func (x *extractor) holidayEnds() []int {
	if x.holidays == nil {
		ends := []int{}
		for i, from := range x.l.sentences {
			to := len(x.s)
			if i+1 < len(x.l.sentences) {
				to = x.l.sentences[i+1]
			}
			for _, e := range holidayTimesIn(x.s[from:to]) {
				ends = append(ends, from+e)
			}
		}
		sort.Ints(ends)
		x.holidays = &ends
	}
	return *x.holidays
}

// holidayTimesIn lists where each holiday time written in s ends. The
// words are found by their last byte (index): strings.Index stops at every
// character that shares their first, and this reads every sentence of the
// text, 2% of Extract.
func holidayTimesIn(s string) []int {
	var ends []int
	for _, w := range holidayTimes {
		for from := 0; ; {
			k := index(s[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			if holidayTimeAt(s[:k], w, s[from:]) {
				ends = append(ends, from)
			}
		}
	}
	return ends
}

// holidayTimeAt reports whether time word w, written between before and
// after, closes a holiday that is the time of its clause.
func holidayTimeAt(before, w, after string) bool {
	name := trimRightSet(before, "”\"“ ")
	named := hasSuffixAny(name, holidayNames) || hasSuffixAny(strings.TrimSuffix(name, "节"), holidayNames) // 端午节期间
	if !named && !hasSuffixAny(w, standaloneHolidayTimes) {
		return false
	}
	if hasPrefixAny(trimLeftSet(after, "”\" "), holidayCauseAfter) {
		return false
	}
	cs := strings.LastIndexAny(before, "，,；;：:")
	return !containsAny(before[cs+1:], holidayCauseBefore)
}
