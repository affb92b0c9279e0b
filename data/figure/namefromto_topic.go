package figure

import "strings"

// topicVerbs end the subject of a clause that says how it fared before a
// clause of its move (财政一般预算收入实现翻倍增长,从2006年的8.8亿元增至…;
// 辖区税收收入总额连续跨越三个“十亿元”台阶,从2006年的19.8亿元…).
var topicVerbs = []string{"实现", "连续", "先后", "相继", "跨越", "突破", "保持", "持续", "稳步", "大幅"}

// fromToTopic: a move that opens its clause (从2006年的19.8亿元增至2011年的
// 48.6亿元) is of the subject of the clause before, up to its verb.
func (c *naming) fromToTopic() bool {
	x := c.x
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	if cs <= x.sentStart {
		return false
	}
	prev := trimLeftSet(compact(x.s[clauseStart(x.s, x.sentStart, cs-1):cs]), "、，,；;：:")
	k := -1
	for _, v := range topicVerbs {
		if i := strings.Index(prev, v); i > 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k <= 0 {
		return false
	}
	if n := x.cleanName(prev[:k]); runeLen(n) >= 2 {
		c.n = n
		return true
	}
	return false
}
