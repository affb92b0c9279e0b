package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The month patterns (monthRange, monthEnd, firstMonths, monthLastDay)
// all hold a 月, and what comes before a match's first 月 or after its
// last is made of few characters: numbers, blanks, links, 前/首/个,
// 截至/截止/到 and a year; 份/末/底 and a day. So no match starts before
// the run of monthLeads that ends at the sentence's first 月, nor ends
// after the run of monthTails that follows its last: the regexps, which
// try every byte of what they are given, read only that window. A long
// sentence of a work report names its months in one place, if at all.
const (
	monthLeads = " \t\n\f\r0123456789０１２３４５６７８９十一二三四五六七八九元-~—–－～至到前首个截止年"
	monthTails = " \t\n\f\r0123456789份末底日"
)

// monthWindow is a text and the window of it the month patterns can
// match in, found once for the four of them.
type monthWindow struct {
	s      string
	lo, hi int
}

// newMonthWindow finds s's month window; an empty one when months is
// false (s holds no 月).
func newMonthWindow(s string, months bool) monthWindow {
	lo := -1
	if months {
		lo = strings.Index(s, "月")
	}
	if lo < 0 {
		return monthWindow{s: s}
	}
	for lo > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:lo])
		if r == utf8.RuneError || !strings.ContainsRune(monthLeads, r) {
			break
		}
		lo -= n
	}
	hi := strings.LastIndex(s, "月") + len("月")
	for hi < len(s) {
		r, n := utf8.DecodeRuneInString(s[hi:])
		if r == utf8.RuneError || !strings.ContainsRune(monthTails, r) {
			break
		}
		hi += n
	}
	return monthWindow{s: s, lo: lo, hi: hi}
}

// matches is re.FindAllStringSubmatchIndex(w.s, -1) read in the window,
// the offsets into w.s. Every pattern it runs holds a 月 and no anchor
// (^, $, \b).
func (w monthWindow) matches(re *regexp.Regexp) [][]int {
	if w.hi == 0 {
		return nil // no 月
	}
	ms := re.FindAllStringSubmatchIndex(w.s[w.lo:w.hi], -1)
	for _, m := range ms {
		for i := range m {
			if m[i] >= 0 {
				m[i] += w.lo
			}
		}
	}
	return ms
}
