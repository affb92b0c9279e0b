package figure

import "strings"

// perCapitaHolders end the group a per-capita figure is of (城镇常住居民,
// 农村居民, 在岗职工): the group before 人均 in 城镇常住居民人均可支配收入.
var perCapitaHolders = []string{"居民", "农民", "职工", "家庭", "住户"}

// perCapitaGroup: 城镇常住居民人均可支配收入47595元、增长10.2%，人均消费支出
// 27982元 — a bulletin writes the group once and the next per-capita figure
// of the same sentence is of the same group: 城镇常住居民人均消费支出, not the
// bare 人均消费支出 (which a reader takes for all residents').
func (c *naming) perCapitaGroup() bool {
	if !strings.HasPrefix(c.n, "人均") {
		return false
	}
	for k := len(c.x.sent) - 1; k >= 0; k-- {
		g := &c.x.out[c.x.sent[k]]
		if g.Start >= c.q.Start || g.Derived || g.Name == "" {
			continue
		}
		i := strings.Index(g.Name, "人均")
		if i <= 0 || !hasSuffixAny(g.Name[:i], perCapitaHolders) {
			return false
		}
		if g.Name[i:] == c.n {
			return false // the same indicator again: of whom is said before it
		}
		c.n = g.Name[:i] + c.n
		return true
	}
	return false
}
