package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// viewScope: the count a comparison is read across (从6个旗县市增速看,
// 从全省16个市来看) is the scope of the view, not a statistic.
func viewScope(before, after string) bool {
	seg := untilStop(after)
	return strings.HasSuffix(before, "从") && (strings.HasSuffix(seg, "看") || strings.HasSuffix(seg, "来看"))
}

// pairedTurns are idioms of two directions, each "one": 一降一升, 一升一降,
// 一增一减: 一升 there is no litre.
var pairedTurns = []string{"一降一升", "一升一降", "一增一减", "一减一增"}

// turnIdiom: the quantity at [start, end) is half of a paired turn.
func (x *extractor) turnIdiom(q quantity.Quantity) bool {
	if !strings.HasPrefix(strings.TrimSpace(q.Text), "一") {
		return false
	}
	around := x.s[max(0, q.Start-len("一降")):min(len(x.s), q.End+len("一降"))]
	return containsAny(around, pairedTurns)
}

// projectClass: an amount cut from a class of projects by its size
// (5000万项 of 5000万项目, 500 of 500—5000万项目) names the class.
func (x *extractor) projectClass(q quantity.Quantity, after string) bool {
	if strings.HasSuffix(q.Text, "项") && strings.HasPrefix(after, "目") {
		return true
	}
	i := x.qAfter(q.End)
	if i >= len(x.qs) || !matchAny(shortGap(x.s, q.End, x.qs[i].Start), spanMarks) {
		return false
	}
	n := x.qs[i]
	return strings.HasSuffix(n.Text, "项") && strings.HasPrefix(x.s[n.End:], "目")
}

// thresholdList: a threshold joined to the thresholds after it
// (30亿元以上、50亿元以上以及百亿元龙头型重大项目) is one too, and so is a
// round amount that ends their list.
func (x *extractor) thresholdList(q quantity.Quantity) bool {
	i := x.qAfter(q.Start)
	if q.Qualifier == "以上" && i+1 < len(x.qs) {
		gap := shortGap(x.s, q.End, x.qs[i+1].Start)
		if gap == "以上、" || gap == "以上和" || gap == "以上及" {
			return x.threshold(x.qs[i+1]) || x.thresholdList(x.qs[i+1])
		}
	}
	if i > 0 && roundInWords(q.Text) {
		prev := x.qs[i-1]
		gap := shortGap(x.s, prev.End, q.Start)
		return prev.Qualifier == "以上" && (gap == "以上以及" || gap == "以上及" || gap == "以上和" || gap == "以上、")
	}
	return false
}

// shortGap is the text between two numbers at s[from:to] without its
// spaces, when it is short enough to join them (以上、, 至, 以上以及), else
// "": the text between two numbers a page apart is not copied to be looked at.
func shortGap(s string, from, to int) string {
	if to-from > maxGapBytes {
		return ""
	}
	return compact(s[from:to])
}

// maxGapBytes is the longest gap shortGap reads: 以上以及 with spaces about it.
const maxGapBytes = 24
