package figure

import "strings"

// milestoneRate: 服务业增加值首破千亿大关、增速全省第一; 外贸进出口总额首次
// 突破百亿大关，增速居全省第二 — a bare rate after a milestone crossed is
// the rate of what crossed it: the milestone is no figure to carry the
// name, as for milestoneTopic.
func (c *naming) milestoneRate() bool {
	if !rateAttributes[c.n] || c.n == "总量" {
		return false
	}
	x := c.x
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	own := compact(x.s[cs:c.q.Start])
	var before string
	if k := strings.LastIndex(own, "、"+c.n); k > 0 {
		before = own[:k] // the milestone and the rate in one clause, joined by 、
	} else if cs > x.sentStart {
		before = compact(x.s[clauseStart(x.s, x.sentStart, cs-1):cs])
	}
	if s := x.milestoneSubject(trimSet(before, "、，,；;：: ")); s != "" {
		c.n = withRate(s, c.n)
		return true
	}
	return false
}

// milestoneSubject is the subject of a clause that crosses a round
// amount (生产总值先后跨越两百亿元), or "".
func (x *extractor) milestoneSubject(prev string) string {
	for _, w := range crossingWords {
		k := strings.Index(prev, w)
		if k <= 0 || !roundInWords(prev[k+len(w):]) {
			continue
		}
		subject, _ := trimSuffixes(prev[:k], crossingAdverbs)
		if n := x.cleanName(trimCrossings(subject)); runeLen(n) >= 2 {
			return n
		}
	}
	return ""
}
