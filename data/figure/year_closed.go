package figure

import (
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// A text that gives no date counts 今年 from the year it describes; when
// that year is one it has already told as done (2023年，全县地区生产总值完成
// 215.6亿元，增长5.8%。今年以来，…), 今年 is the year after it: no report
// states the results of the year it is written in as a whole before
// turning to 今年.

// closedYearPlans make a sentence opening with a year a plan or a
// forecast of it (2023年，全县计划实施重点项目120个; 2023年，我县将…),
// which a report writes while the year is still under way.
var closedYearPlans = []string{"计划", "预计", "目标", "力争", "将", "预期", "确保", "争取"}

// closedBase is the year 今年, written at w, counts from: base, or the
// year after the latest year from base on that the text, giving no date,
// has told as done in a sentence of the body before w (closedYears).
func (x *extractor) closedBase(w, base int) int {
	if x.a.Date.Year != 0 {
		return base
	}
	if !x.closedRead {
		x.closedRead = true
		x.closed = x.closedYears()
	}
	out := base
	for _, c := range x.closed {
		if c.end > w {
			break
		}
		out = max(out, c.year+1)
	}
	return out
}

// closedYear is a year a sentence of the body tells as done, and where
// that sentence ends.
type closedYear struct{ year, end int }

// closedYears lists, in order, the sentences of the body that open with a
// year as their time (2023年，…; 2023年全年…) and state a figure of it. A
// sentence that writes a period after the year (2023年，一季度…) or plans
// (closedYearPlans) tells no whole year.
func (x *extractor) closedYears() []closedYear {
	var out []closedYear
	for j := x.qAfter(x.body); j < len(x.qs); j++ {
		q := x.qs[j]
		if q.Kind != quantity.Date || q.Unit != "年" {
			continue
		}
		ss, se := x.l.sentence(q.Start)
		se = min(se, q.End+closedReach) // a page without full stops is no endless sentence
		ps, _ := x.l.paragraph(q.Start)
		if strings.TrimSpace(x.s[max(ss, ps):q.Start]) != "" {
			continue
		}
		after := x.s[q.End:se]
		if !hasPrefixAny(after, closedYearOpeners) || containsAny(after, closedYearPlans) {
			continue
		}
		if x.periodIn(q.End, se) || !x.figureIn(j+1, se) {
			continue
		}
		out = append(out, closedYear{int(q.Value), se})
	}
	return out
}

// closedReach is how far after its year, in bytes, a sentence telling the
// year as done is read.
const closedReach = 400

// closedYearOpeners follow a year that opens its sentence as its time:
// 2023年，…; 2023年全年…; 2023年全县…; 2023年我县…
var closedYearOpeners = []string{"，", ",", "全", "我"}

// periodIn reports whether a period is written in s[from:to].
func (x *extractor) periodIn(from, to int) bool {
	x.ensurePeriods()
	k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].Start >= from })
	return k < len(x.periods) && x.periods[k].Start < to
}

// figureIn reports whether a quantity other than a date starts at or after
// qs[j] and before to.
func (x *extractor) figureIn(j, to int) bool {
	for ; j < len(x.qs) && x.qs[j].Start < to; j++ {
		if x.qs[j].Kind != quantity.Date {
			return true
		}
	}
	return false
}
