package figure

import "strings"

// partSubject: 红色旅游景区共接待游客2.5371万人次，实现旅游综合收入659.646万元 —
// an indicator whose clause opens with a verb and no subject is said of the
// subject the clause before opened with, when that subject is a part (a
// kind of place, a group) rather than the whole the text is about.
func (c *naming) partSubject() bool {
	p := c.prev
	if p == nil || p.Derived || c.f.Kind != Level && c.f.Kind != Count || !hasPrefixAny(c.cl.raw, partClauseVerbs) || runeLen(c.n) < 2 {
		return false
	}
	x := c.x
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	ps := clauseStart(x.s, x.sentStart, p.Start)
	if ps >= cs || p.End > cs {
		return false
	}
	before := compact(x.s[ps:p.Start])
	before = strings.TrimPrefix(before, "其中")
	k := -1
	for _, v := range partVerbs {
		if j := strings.Index(before, v); j > 0 && (k < 0 || j < k) && !(v == "共" && hasSuffixAny(before[:j], []string{"公", "中"})) {
			k = j // 公共, 中共: no 共 of a total
		}
	}
	if k <= 0 {
		return false
	}
	subject := x.cleanName(before[:k])
	if runeLen(subject) < 3 || strings.HasPrefix(c.n, subject) || !strings.HasPrefix(p.Name, subject) {
		return false
	}
	c.n = subject + c.n
	return true
}

// partClauseVerbs open a clause that goes on about the subject before.
var partClauseVerbs = []string{"实现", "完成"}

// partVerbs end the subject of the clause before (…景区共接待游客).
var partVerbs = []string{"共", "累计", "接待", "实现", "完成"}
