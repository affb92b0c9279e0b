package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
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
	text = hanzi.Simplify(text) // as Extract reads 增長: offsets stay
	x := &extractor{s: text, l: newLayout(text), qs: qs, memo: memo{clauses: newClauseMemo(len(qs))}}
	kinds := make([]Kind, len(qs))
	kindOf := func(j int) Kind { return kinds[j] }
	for i, q := range qs {
		if q.Kind != quantity.Percent {
			continue
		}
		cl := x.listClause(i)
		kinds[i] = refineKind(Figure{Kind: Share}, q, cl)
		first, _ := x.listRun(i)
		if kinds[i] == Share && first == i && cl.growthVerb == "" && !cl.share && rateNamedAfter(text[q.End:]) {
			kinds[i] = Growth // as consider: 以9.2%的GDP增速
		}
		if kinds[i] == Share && first == i && cl.growthVerb == "" && !cl.share && x.judgedRateAt(q.Start) {
			kinds[i] = Growth // as consider: 增速最为缓慢的是五指山市3.0%
		}
		if kinds[i] == Share && first == i && x.rateBySentence(i, cl, kindOf) {
			kinds[i] = Growth // as consider
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
	if cl, ok := x.clauses.get(first); ok {
		return cl
	}
	var cl clause
	if q := x.qs[first]; !x.threshold(q) {
		ss, _ := x.l.sentence(q.Start)
		cl = x.parseClause(x.segment(first, ss), q)
	}
	x.clauses.put(first, cl)
	return cl
}

// growthGoesOn reports whether percentage i, written with no verb of its
// own, goes on from a rate of growth earlier in its sentence whose name
// Extract carries to it: the last percentage before it in the sentence
// is a growth named as a rate (增速), with no word of shares between.
func (x *extractor) growthGoesOn(i int, kindOf func(j int) Kind) bool {
	ss, _ := x.l.sentence(x.qs[i].Start)
	for j := i - 1; j >= 0 && i-j <= sentenceLookBack && x.qs[j].Start >= ss; j-- {
		if x.qs[j].Kind != quantity.Percent {
			continue
		}
		between := x.s[x.qs[j].End:x.qs[i].Start]
		// the rate word stands near the rate it names: a page without
		// punctuation is one endless sentence, not to be read again for
		// each of its numbers
		from := runeStart(x.s, max(ss, x.qs[j].Start-rateWordReach))
		return kindOf(j) == Growth && !containsAny(between, []string{"占", "比重", "率"}) &&
			containsAny(x.s[from:x.qs[j].Start], rateNames)
	}
	return false
}

// sentenceLookBack bounds how many quantities back a percentage's sentence
// rules look for the rate before it; rateWordReach, in bytes, how far
// before that rate its rate word (增速) may stand.
const (
	sentenceLookBack = 16
	rateWordReach    = 80 * 3
)

// judgedRateAt: the clause before pos judges a rate and says whose it is
// (see judgedRateBefore), read from the text itself: a place holding a
// numeral (五指山市) is no number to stop at.
func (x *extractor) judgedRateAt(pos int) bool {
	ss, _ := x.l.sentence(pos)
	return judgedRateBefore(compact(x.s[clauseStart(x.s, ss, pos):pos]))
}

// rateBySentence: a percentage with no verb or share word of its own is a
// growth by what its sentence says before it — a peer's value in brackets
// (同比增长7.5%(全市11.1%)), or a rate that goes on (洋浦以增速14.2%位列第一，
// 临高县12.2%). kindOf(j) is the kind quantity j was given.
func (x *extractor) rateBySentence(i int, cl clause, kindOf func(j int) Kind) bool {
	return cl.growthVerb == "" && !cl.share && (x.peerRate(i, kindOf) || x.growthGoesOn(i, kindOf))
}

// peerRate: a percentage in brackets right after what a figure is compared
// with (高于全国(3%), 较一季度(-10.8%)回升, 同比增长7.5%(全市11.1%)) is that
// peer's value of the same rate: a growth when the last percentage before it
// in its sentence, kindOf(j), is one.
func (x *extractor) peerRate(i int, kindOf func(j int) Kind) bool {
	q := x.qs[i]
	ss, _ := x.l.sentence(q.Start)
	from := runeStart(x.s, max(ss, q.Start-3*peerBracketRunes))
	k := max(strings.LastIndex(x.s[from:q.Start], "("), strings.LastIndex(x.s[from:q.Start], "（"))
	if k < 0 {
		return false
	}
	open := from + k
	inside := x.s[open:q.Start]
	if strings.ContainsAny(inside, ")）") || runeLen(inside) > peerBracketRunes || containsAny(inside, shareCues) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= sentenceLookBack && x.qs[j].Start >= ss; j-- {
		if x.qs[j].Kind == quantity.Percent {
			return x.qs[j].End <= open && kindOf(j) == Growth
		}
	}
	return false
}

// peerBracketRunes is the most a peer's bracket holds before its value: the
// bracket and a place or a scope (（全市, (朝阳市平均).
const peerBracketRunes = 10

// figureKind is the kind of the figure quantity j became, or "" when it
// became none.
func (x *extractor) figureKind(j int) Kind {
	if k := x.outOf[j]; k >= 0 {
		return x.out[k].Kind
	}
	return ""
}
