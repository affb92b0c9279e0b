package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// PercentKinds tells, for each percentage among qs (the quantities
// quantity.Find gives for text), whether it is Growth or Share, by the very
// rule Extract applies: the clause before the list the percentage stands
// in, read by parseClause and judged by refineKind. Other quantities get "".
// `zhibiao quantities` labels its percentages with it, so that it and
// `zhibiao extract` never label the same percentage differently. It needs
// no places and skips naming, so it stays linear in a line of 100,000
// percentages.
func PercentKinds(text string, qs []quantity.Quantity) []Kind {
	x := &extractor{s: text, l: newLayout(text), qs: qs, clauses: map[int]clause{}}
	kinds := make([]Kind, len(qs))
	for i, q := range qs {
		if q.Kind != quantity.Percent {
			continue
		}
		cl := x.listClause(i)
		kinds[i] = refineKind(Figure{Kind: Share}, q, cl)
		if first, _ := x.listRun(i); kinds[i] == Share && first == i && cl.growthVerb == "" && !cl.share && rateNamedAfter(text[q.End:]) {
			kinds[i] = Growth // as consider: 以9.2%的GDP增速
		}
	}
	return kinds
}

// rateNamedAfter reports whether the words after a percentage name it a
// rate of growth (9.2%的GDP增速), as its name in Extract would.
func rateNamedAfter(after string) bool {
	if !strings.HasPrefix(after, "的") {
		return false
	}
	if end := strings.IndexAny(after, "，。；,;、（("); end >= 0 {
		after = after[:end]
	}
	words := compact(after)
	for _, r := range rateNames {
		if k := strings.Index(words, r); k >= 0 && k <= 8*3 {
			return true // within a few characters: 的GDP增速, 的增速排名第一
		}
	}
	return false
}

// listClause is the clause that governs quantity i: the one before the
// first number of its list (增长5%、6%和7%: 增长 for all three), as
// consider reads it. A first number Extract passes over (a threshold such
// as 10亿元以上) leaves its list no clause, as in Extract.
func (x *extractor) listClause(i int) clause {
	first, _ := x.listRun(i)
	if cl, ok := x.clauses[first]; ok {
		return cl
	}
	var cl clause
	if q := x.qs[first]; !x.threshold(q) {
		ss, _ := x.l.sentence(q.Start)
		cl = x.parseClause(x.segment(first, ss), q)
	}
	x.clauses[first] = cl
	return cl
}
