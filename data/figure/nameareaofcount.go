package figure

import "strings"

// countAreas are the areas a count of sites is followed by (自然保护区1个，
// 面积10.8千公顷; 森林公园3个，总面积2.1万亩).
var countAreas = []string{"面积", "总面积", "占地面积", "建筑面积", "经营面积"}

// areaOfCount: 全县有国家级自然保护区1个，面积10.8千公顷 — the bare area
// right after a count of sites is the sites' area (国家级自然保护区面积), as
// a statistician labels the column; 面积 alone says not of what.
func (c *naming) areaOfCount() bool {
	p := c.prev
	if !isAny(c.n, countAreas) || p == nil || p.Kind != Count || runeLen(p.Name) < 2 || c.f.Kind != Physical {
		return false
	}
	gap := compact(c.x.s[p.End:c.q.Start])
	if !hasPrefixAny(gap, []string{"，", ",", "、"}) || runeLen(gap) > runeLen(c.n)+3 {
		return false
	}
	c.n = strings.TrimPrefix(p.Name, "共有") + c.n
	return true
}
