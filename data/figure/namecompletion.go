package figure

import "strings"

// completionRate: 1-5月完成投资4.28亿元，完成率24.25% — a bare 完成率 right
// after an amount is that amount's rate of completion of its plan, named
// by what was done (投资完成率, 重点项目投资完成率), as project reports
// write it whole elsewhere (投资完成率151.47%).
func (c *naming) completionRate() bool {
	p := c.prev
	if c.n != "完成率" || p == nil || p.Kind != Level || p.Name == "" {
		return false
	}
	gap := compact(c.x.s[p.End:c.q.Start])
	if !hasPrefixAny(gap, []string{"，", ",", "、"}) || runeLen(gap) > runeLen(c.n)+3 {
		return false
	}
	c.n = strings.Replace(p.Name, "完成", "", 1) + "完成率"
	return true
}
