package figure

import "strings"

// partOfSameUnit: 进山人数全年累计36.21万人，同比下降76.33%；其中6月份累计
// 15.2万人 — a count with no words of its own after 其中 is part of the last
// count of its unit in the sentence, the rate between them
// notwithstanding.
func (c *naming) partOfSameUnit() bool {
	if !strings.HasPrefix(compact(c.cl.raw), "其中") {
		return false
	}
	x := c.x
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= c.q.Start || g.Name == "" || g.Kind != c.f.Kind {
			continue
		}
		if g.NormUnit == c.f.NormUnit {
			c.n = g.Name
			return true
		}
		return false
	}
	return false
}
