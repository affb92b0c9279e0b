package figure

import "strings"

// rankRateMarks open a clause that compares the rate a rank was given for
// with a target or a whole (增速居全区第二，高于年度预期目标13个百分点).
var rankRateMarks = []string{"高于", "低于", "高出", "低出", "快于", "慢于"}

// rankNameEnds say the figure is a place in a ranking, not the indicator.
var rankNameEnds = []string{"排名", "排位", "位次"}

// rateBesideRank: in 固定资产投资增速居全区第二，高于年度预期目标13个百分点
// the points compare the rate just ranked; a rank is no figure the later
// stages carry a name from, so the rank's indicator is taken here. Not a
// list's rank (三项指标增速居全区第一): 指标 names no one indicator.
func (c *naming) rateBesideRank() bool {
	p := c.prev
	if c.n != "" || c.f.Kind != PPChange || p == nil || p.Kind != Rank || p.Name == "" || strings.Contains(p.Name, "指标") {
		return false
	}
	if !hasPrefixAny(c.cl.raw, rankRateMarks) {
		return false
	}
	n, _ := trimSuffixes(p.Name, rankNameEnds)
	if runeLen(n) < 2 {
		return false
	}
	c.n = n
	return true
}
