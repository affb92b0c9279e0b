package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// spanInClause: quantity p is a span of periods (连续十年, 连续19年) between
// a rank and the subject before it, the span saying for how long the rank
// held (区域经济总量连续十年位居全省县级行政区首位, 生态环境状况指数连续19年
// 全省第一): it is no figure, and does not start the rank's segment. When
// words of a subject follow the span (连续四年出生人口超百万, 连续10年产销量
// 在全国…排名第一) they are the figure's own, and the span ends the segment
// as any number does.
func (x *extractor) spanInClause(p, q quantity.Quantity) bool {
	if q.Kind != quantity.Rank || p.End > q.Start {
		return false
	}
	before := compact(x.s[max(0, p.Start-12):p.Start])
	if !hasSuffixAny(before, spanWords) || !isAny(p.Unit, spanUnits) {
		return false
	}
	between := compact(x.s[p.End:q.Start])
	if t, _ := trimSuffixes(between, rankAdverbs); t != "" {
		between = t
	}
	return between == "" || hasPrefixAny(between, rankVerbs) && !hasPrefixAny(between, rankVerbNot) || hasPrefixAny(between, rankAmongScopes)
}

// spanOff takes the span word (连续) off the end of the text before a span.
func spanOff(s string) string {
	t := strings.TrimRight(s, " ")
	for _, w := range spanWords {
		if strings.HasSuffix(t, w) {
			return strings.TrimSuffix(t, w)
		}
	}
	return s
}
