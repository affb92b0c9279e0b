package figure

import "strings"

// listVerbCarry: in a list of objects after one verb, each with its number
// (种植水稻68万亩、旱粮14万亩、烟叶1.26万亩; 新建学校3所、幼儿园5所), a later
// member is named as the first was, with its own object (旱粮种植面积,
// 新建幼儿园).
func (c *naming) listVerbCarry() bool {
	p := c.prev
	if p == nil || p.Name == "" || c.n == "" || runeLen(c.n) > 6 || hasVerb(c.n) || genericNames[c.n] {
		return false
	}
	if c.f.Kind != Count && c.f.Kind != Physical && c.f.Kind != Level || p.Kind != c.f.Kind || p.NormUnit != c.f.NormUnit {
		return false // 项目27个、投资规模112亿元: an attribute of the first, not a member like it
	}
	x := c.x
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	if strings.TrimSpace(x.s[p.End:c.q.Start]) == "" || !strings.HasPrefix(compact(x.s[p.End:c.q.Start]), "、") {
		return false
	}
	if cs > p.End {
		return false // 、 only: the member follows the number before in its clause
	}
	seg := trimLeftSet(compact(x.s[clauseStart(x.s, x.sentStart, p.Start):p.Start]), "、，,")
	own := seg // the member before's own words
	if k := strings.LastIndex(seg, "、"); k >= 0 {
		own = seg[k+len("、"):]
	}
	for _, v := range carryVerbs {
		if !strings.HasPrefix(seg, v) {
			continue // the verb opens the list
		}
		obj := strings.TrimPrefix(own, v)
		if runeLen(obj) < 2 || !strings.Contains(p.Name, obj) {
			return false
		}
		c.n = strings.Replace(p.Name, obj, c.n, 1)
		return true
	}
	return false
}

// carryVerbs open a list of objects with their numbers: the verbs of
// names and the verbs of sowing.
var carryVerbs = byLength(append([]string{"种植", "播种", "新造", "栽植"}, verbEnds...))
