package figure

import "strings"

// An amount written right after a count (企业总数达401户，完成产值554亿元)
// is of the things counted, not of the count: the 产值 is the enterprises',
// and 企业总数产值 names nothing.

// countNameEnds end the name of a count; what it counts is the rest
// (企业总数: 企业).
var countNameEnds = []string{"总数", "个数", "数量", "家数", "户数"}

// countedOwner is what count p counts, as the owner of an attribute
// written after it: p's name without its count head, or, when the count
// names them by the bare noun a count before it in the sentence names in
// full (新增37户规上工业企业，企业总数达401户), the full noun. p's name as
// it is when it has no count head.
func (x *extractor) countedOwner(p *Figure) string {
	t, w := trimSuffixes(p.Name, countNameEnds)
	if w == "" || runeLen(t) < 2 {
		return p.Name
	}
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Kind != Count || g.Start >= p.Start {
			continue
		}
		if full := trimPrefixesOnce(g.Name, newWords); strings.HasSuffix(full, t) && len(full) > len(t) {
			return full
		}
	}
	return t
}
