package figure

import (
	"context"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// A release of a part of a year (2024年一季度…) quotes whole earlier years
// beside its own months: 2023年，全县地区生产总值增长6.1%。一季度，全县规
// 模以上工业增加值增长7.2%. The earlier year is of its sentence; the
// period written after it, with no year of its own, is the release's again.

// ensurePeriods reads the text's periods once.
func (x *extractor) ensurePeriods() {
	if x.periods == nil {
		ps, _ := x.textPeriods(context.Background()) // never cancelled
		x.periods = x.withPeriodRefs(ps)
	}
}

// earlierYearOpens reports whether, in a release of a part of a year, the
// sentence from ss to pos, or its paragraph, opens with a year before the
// release's (2023年，) and writes no period after it: the figure is of that
// whole year. The release's year is the one after a year its undated text
// has told as done (closedBase).
func (x *extractor) earlierYearOpens(ss, pos int) bool {
	if x.a.Period == "" || x.a.Year == 0 {
		return false
	}
	if ps := x.lineStart(ss); ps < ss && x.yearOpensAt(ps, pos, x.closedBase(pos, x.a.Year)) && !x.timeWritten(ps, ss) {
		return true // 2023年，全县地区生产总值增长5.8%。规上工业增加值增长7.1%。: the paragraph's whole year
	}
	return x.yearOpensAt(ss, pos, x.a.Year) || lastYearOpensSentence(x.s[ss:pos])
}

// timeWritten reports whether a sentence after the first of the text from
// ps to ss writes a year or 今年 (2023年，…。今年以来，…): the opening year
// no longer holds.
func (x *extractor) timeWritten(ps, ss int) bool {
	_, se := x.l.sentence(ps)
	if se >= ss {
		return false
	}
	if strings.Contains(x.s[se:ss], "今年") || strings.Contains(x.s[se:ss], "本年") {
		return true
	}
	for j := x.qAfter(se); j < len(x.qs) && x.qs[j].Start < ss; j++ {
		if x.qs[j].Kind == quantity.Date && x.qs[j].Unit == "年" {
			return true
		}
	}
	return false
}

// lastYearOpeners are how a sentence about the whole year before opens:
// 去年，全县地区生产总值增长5.8%; 上年全县….
var lastYearOpeners = []string{"去年，", "去年,", "去年全县", "去年全市", "去年全区", "上年，", "上年,", "上年全县", "上年全市", "上年全区"}

// lastYearOpensSentence reports whether sent, a sentence up to a figure,
// opens with the year before as its time and writes no period: in a
// release of a part of the year the figure is that whole year's.
func lastYearOpensSentence(sent string) bool {
	sent = strings.TrimLeft(sent, " \n\u3000")
	return hasPrefixAny(sent, lastYearOpeners) && len(corpus.Periods(sent)) == 0
}

// lineStart is where the paragraph or line holding offset k starts, or k
// when that is farther back than lineReach.
func (x *extractor) lineStart(k int) int {
	ps, _ := x.l.paragraph(k)
	lo := max(ps, k-lineReach)
	if j := lastIndexByte(x.s[lo:k], '\n'); j >= 0 {
		return lo + j + 1
	}
	if ps < lo {
		return k // a page without line breaks: no opening to read back to
	}
	return ps
}

// lineReach is how far back, in bytes, lineStart looks: as far as period
// reads a figure's paragraph.
const lineReach = 600

// yearOpensAt reports whether the text from ss to pos opens with a year
// before year, followed by a comma, and writes no period after it.
func (x *extractor) yearOpensAt(ss, pos, year int) bool {
	j := x.qAfter(ss)
	if j >= len(x.qs) || x.qs[j].Start >= pos {
		return false
	}
	q := x.qs[j]
	if q.Kind != quantity.Date || q.Unit != "年" || int(q.Value) >= year || strings.TrimSpace(x.s[ss:q.Start]) != "" {
		return false
	}
	r, _ := hanzi.DecodeRune(x.s[q.End:])
	if r != '，' && r != ',' {
		return false
	}
	k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].Start >= q.End })
	return k == len(x.periods) || x.periods[k].Start >= pos // none after the year: 2023年，一季度… has one
}

// undatedPeriodOpens reports whether, in a release of a part of a year, a
// period written without a year (一季度，) opens the sentence from ss: the
// year of an earlier sentence does not carry over it.
func (x *extractor) undatedPeriodOpens(ss, pos int) bool {
	if x.a.Period == "" {
		return false
	}
	x.ensurePeriods()
	k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].Start >= ss })
	if k == len(x.periods) {
		return false
	}
	p := x.periods[k]
	return p.Start < pos && !x.datedAt(p.Start) && strings.TrimSpace(x.s[ss:p.Start]) == ""
}

// thisYearTarget is the year of a target set for 今年 (今年全县经济社会发
// 展的主要预期目标是) in a text that gives no date to count 今年 from: the
// year after the one the paragraph reviewed before it (县长在政府工作报告中
// 说，2022年，全县…。今年…预期目标). 0 when the sentence sets no such target,
// the date is known, or the year before is itself a plan's (2023年工作安排).
func (x *extractor) thisYearTarget(ps, ss, pos int) int {
	if relativeBase(x.a) != 0 || ps >= ss || !strings.Contains(x.s[ss:pos], "今年") || !setsTarget(x.s[ss:pos]) {
		return 0
	}
	y := x.yearIn(ps, ss)
	if y == 0 {
		return 0
	}
	for j := x.qAfter(ps); j < len(x.qs) && x.qs[j].Start < ss; j++ {
		q := x.qs[j]
		if q.Kind == quantity.Date && int(q.Value) == y && containsAny(x.s[q.End:min(len(x.s), q.End+30)], planAfterYear) {
			return 0 // 2023年全县经济社会发展的主要预期目标: the plan's own year
		}
	}
	return y + 1
}

// planAfterYear follow a year that a plan or its targets are for.
var planAfterYear = []string{"工作安排", "工作要点", "工作计划", "预期目标", "主要目标", "工作思路"}
