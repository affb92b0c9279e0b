package figure

import (
	"sort"
	"strings"
)

// listMemberPeriod is the period of a member of a 分别 list of values that
// follows a list of as many periods: 一季度、上半年、前三季度和全年GDP增速分别
// 为18.8%、9.6%、8.7%和6.2% gives them Q1, H1, Q1-Q3 and the whole year
// (""), and so does a second 分别 list of the sentence (两年平均增速分别为
// 4.7%、5.0%、5.5%和4.4%). A list of bases (较一季度、上半年分别回落1.4和0.1个
// 百分点) gives nothing: those figures are of the sentence's own period.
// ok is false when the figure at pos is no such member.
func (x *extractor) listMemberPeriod(ss, pos int) (code string, ok bool) {
	from := runeStart(x.s, max(ss, pos-spanReach))
	k := lastIndex(x.s[from:pos], "分别")
	if k < 0 {
		return "", false
	}
	k += from
	codes := x.periodList(from, k)
	if len(codes) < 2 {
		return "", false
	}
	j := x.qAfter(k)
	at, n := -1, 0
	for i := j; i < len(x.qs) && n <= len(codes); i++ {
		if x.qs[i].Start == pos {
			at = n
		}
		n++
		if i+1 == len(x.qs) || !valueJoin(x.s[x.qs[i].End:x.qs[i+1].Start]) {
			break
		}
	}
	if at < 0 || n != len(codes) {
		return "", false
	}
	return codes[at], true
}

// periodList is the codes of the last list of periods written in
// s[from:to], in order, 全年 as "" (only as the last member), quarters that
// share one 季度 each their own (一、二季度: Q1, Q2); nil when the last
// period there stands alone or the list is one of bases.
func (x *extractor) periodList(from, to int) []string {
	// the periods are in text order: found by search, not a scan per figure
	last := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].Start >= to }) - 1
	for last >= 0 && x.periods[last].End > to {
		last--
	}
	if last < 0 || x.periods[last].Start < from {
		return nil
	}
	first := last
	for first > 0 && x.periods[first-1].Start >= from && valueJoin(x.s[x.periods[first-1].End:x.periods[first].Start]) {
		first--
	}
	start := x.periods[first].Start
	var elided []string
	if strings.HasPrefix(x.periods[first].Code, "Q") && !strings.Contains(x.periods[first].Code, "-") {
		var at int
		lo := runeStart(x.s, max(from, start-24))
		elided, at = elidedQuarters(x.s[lo:start]) // 一、二季度: Q1 and Q2
		start = lo + at
	}
	if baseBefore(compact(x.s[runeStart(x.s, max(from, start-12)):start])) {
		return nil // 较一季度、上半年: bases of comparison
	}
	if first == last && len(elided) == 0 {
		if r := x.rangeMembers(x.periods[first], from, to); r != nil {
			return r // 一至四季度…分别: Q1, Q2, Q3, Q4
		}
	}
	codes := make([]string, 0, len(elided)+last-first+2)
	codes = append(codes, elided...)
	for _, p := range x.periods[first : last+1] {
		codes = append(codes, p.Code)
	}
	if wholeYearListed(x.s[x.periods[last].End:to]) {
		codes = append(codes, "")
	}
	return codes
}

// wholeYearListed reports whether after, the text right after a list's
// last period, adds the whole year to the list: 前三季度和全年.
func wholeYearListed(after string) bool {
	g := strings.TrimLeft(after, " ")
	for _, j := range []string{"、", "和", "及", "与"} { // valueJoin's joins
		if strings.HasPrefix(g, j+"全年") {
			return true
		}
	}
	return false
}
