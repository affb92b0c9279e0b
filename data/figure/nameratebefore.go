package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// viewOpeners open the words that name what a sentence goes on to rank or
// compare (再从GDP增速来看，排名第一的是大祥区，增速12.7%).
var viewOpeners = byLength([]string{"从", "再从", "而从", "就"})

// clauseMarks part the clauses of a sentence.
const clauseMarks = "，,；;：:"

// rateOwnerBefore is the indicator whose rate an earlier clause of pos's
// sentence writes with the same rate word (GDP增速最慢的是新宁县，增速为
// 7.3%; 从GDP增速来看，…增速12.4%): a bare 增速 later in the sentence is
// that indicator's. "" when no earlier clause writes the rate word after
// a name.
func (x *extractor) rateOwnerBefore(pos int, rate string) string {
	cs := clauseStart(x.s, x.sentStart, pos)
	if cs <= x.sentStart {
		return ""
	}
	raw := x.s[x.sentStart:cs]
	raw = raw[strings.LastIndexByte(raw, '\n')+1:] // a heading above is no clause of the sentence
	before := compact(raw)
	k := strings.LastIndex(before, rate)
	if k < 0 {
		return ""
	}
	head := before[:k]
	if j := strings.LastIndexAny(head, clauseMarks); j >= 0 {
		_, sz := hanzi.DecodeRune(head[j:])
		head = head[j+sz:]
	}
	if t, w := trimPrefixes(head, viewOpeners); w != "" {
		head = t
	}
	n := x.cleanName(head)
	if runeLen(n) < 2 || rateAttributes[n] || genericNames[n] || strings.ContainsAny(n, "0123456789") {
		return ""
	}
	return n
}

// rateOwner names a bare rate by rateOwnerBefore when no figure before it
// in the sentence or paragraph named what it is the rate of.
func (c *naming) rateOwner() bool {
	t := c.x.rateOwnerBefore(c.q.Start, c.n)
	if t == "" {
		return false
	}
	c.n = withRate(t, c.n) // GDP增速最慢的是新宁县，增速为7.3%
	return true
}
