package figure

import "strings"

// areaParts are the parts of a whole by area (其中，城市下降0.2%，农村下降
// 0.5% after 居民消费价格同比下降0.3%; 恩格尔系数为29.8%，其中城镇为28.1%):
// written alone, each is the whole's.
var areaParts = []string{"城市", "农村", "城镇", "乡村"}

// partOfRate: see areaParts; 城市 is 城市居民消费价格.
func (c *naming) partOfRate() bool {
	if !isAny(c.n, areaParts) || c.f.Kind != Growth && c.f.Kind != Share && c.f.Kind != Count {
		return false
	}
	p := c.x.figureBefore(c.q.Start)
	if p == nil || p.Kind != c.f.Kind || p.NormUnit != c.f.NormUnit || p.Name == "" {
		return false // 恩格尔系数为29.8%，其中城镇为28.1%: a part of the same measure
	}
	whole := trimPrefixesOnce(p.Name, []string{"全体", "全部"})
	if hasPrefixAny(whole, areaParts) {
		_, w := trimPrefixes(whole, areaParts) // 城市…，农村下降0.5%: the sibling's whole
		whole = whole[len(w):]
	}
	if runeLen(whole) < 2 || strings.Contains(whole, c.n) {
		return false
	}
	c.n += whole
	return true
}

// shareOfNamed: 轻工业增加值下降4.5%，重工业增加值增长14%，轻、重工业占比分别为
// 30.6%和69.4% — a member's 占比 is the share of the indicator its sentence
// named it by before (轻工业增加值占比), not of the bare member.
func (x *extractor) shareOfNamed(member string, k Kind) string {
	base, ok := strings.CutSuffix(member, "占比")
	if k != Share || !ok || runeLen(base) < 2 {
		return member
	}
	for j := len(x.sent) - 1; j >= 0; j-- {
		g := &x.out[x.sent[j]]
		if rest, found := strings.CutPrefix(g.Name, base); found && !g.Derived && isAny(rest, indicatorHeads) {
			return g.Name + "占比"
		}
	}
	return member
}
