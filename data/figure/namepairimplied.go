package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// Two indicators joined by 和 and linked by 是 or 为 to two numbers joined
// by 和 (小麦面积和产量是95517亩和37554吨) pair one to one, in order, as after
// 分别, which such sentences leave out.

// pairLinks link a pair of indicators to a pair of numbers.
var pairLinks = []string{"是", "为"}

// impliedPair: the number q opens such a pair: the words before it end
// with X和Y plus a pair link, and 和 and another number follow it.
func (x *extractor) impliedPair(q quantity.Quantity) bool {
	after := x.s[q.End:min(len(x.s), q.End+8)]
	if !strings.HasPrefix(after, "和") {
		return false
	}
	if r := after[len("和"):]; r == "" || r[0] < '0' || r[0] > '9' {
		return false
	}
	before := compact(x.s[clauseStart(x.s, x.sentStart, q.Start):q.Start])
	t, w := trimSuffixes(before, pairLinks)
	if w == "" || strings.Contains(t, "分别") || strings.Contains(t, "、") || strings.Count(t, "和") != 1 {
		return false
	}
	k := strings.Index(t, "和")
	return runeLen(t[:k]) >= 2 && runeLen(t[k+len("和"):]) >= 2
}
