package figure

import "strings"

// thresholdSubject: 人均地区生产总值突破5万关口、达到5.28万元 — an amount whose
// words are only the bound its subject passed (关口, 大关) is the subject's,
// written before the crossing word in the same clause.
func (c *naming) thresholdSubject() bool {
	if c.f.Kind != Level && c.f.Kind != Count && c.f.Kind != Physical || !isAny(trimSet(c.n, "、"), boundNouns) {
		return false
	}
	x := c.x
	own := compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start])
	for _, w := range thresholdVerbs {
		k := strings.Index(own, w)
		if k <= 0 {
			continue
		}
		subject, _ := trimSuffixes(own[:k], crossingAdverbs)
		if n := x.cleanName(subject); runeLen(n) >= 2 {
			c.n = n
			return true
		}
	}
	return false
}

// boundNouns name the round amount a subject passed (突破5万关口, 迈上千亿台阶).
var boundNouns = []string{"关口", "大关", "台阶", "门槛", "关"}
