package figure

import "strings"

// The words a bare rank attribute (增速, 总量) shares its clause with are
// where it is ranked (在主城区, 在五县(市)中) and with whom it ties (与威海并列):
// neither names what is ranked, which is the indicator written before.

// rankPartners join the place a rank is shared with: 与威海并列第5位.
var rankPartners = []string{"与", "同", "和"}

// dropRankPartner takes 与X并 off the end of s (增速与烟台并 | 列第11位
// gives 增速; 、与威海并 gives ""): the place tied with is no subject.
func dropRankPartner(s string) string {
	t, ok := strings.CutSuffix(s, "并")
	if !ok {
		return s
	}
	best := -1
	for _, p := range rankPartners {
		if k := strings.LastIndex(t, p); k > best {
			best = k
		}
	}
	if best < 0 || runeLen(t[best:]) > 8 {
		return s
	}
	return trimRightSet(t[:best], "、，, ")
}

// dropRankSetting takes the setting of a rank off a bare attribute: before
// it (在五县(市)中总量及增速均 gives 总量及增速均) when 在…中 opens the words,
// after it (增速在主城区 gives 增速) when a rate attribute stands before 在.
func dropRankSetting(s string) string {
	if strings.HasPrefix(s, "在") {
		if k := strings.Index(s, "中"); k > 0 && runeLen(s[k+len("中"):]) >= 2 {
			s = s[k+len("中"):]
		}
	}
	if k := strings.Index(s, "在"); k > 0 && rateAttributes[s[:k]] {
		return s[:k]
	}
	return s
}

// dropRankAdverbsBefore takes the adverbs off the start of s (继续排名):
// what follows a rank's scope may be an adverb before the rank verb.
func dropRankAdverbsBefore(s string) string {
	for n := 0; n < 3; n++ {
		t, w := trimPrefixes(s, rankAdverbs)
		if w == "" {
			break
		}
		s = t
	}
	return s
}

// rankedChanges are names of an amount that is a change (增收6253万元), not
// the total a rank of 总量 ranks: 增收6253万元，总量居全市第二位 ranks the
// revenue named before it.
var rankedChanges = []string{"增收", "增加", "减少", "减收", "净增", "新增", "增长"}

// rankedIndicatorBefore is indicatorBefore for a rank of attribute n,
// passing over the changes and shares before a 总量.
func (x *extractor) rankedIndicatorBefore(pos int, n string, refers bool) *Figure {
	g := x.indicatorBefore(pos, refers)
	for tries := 0; g != nil && tries < 4 && n == "总量" && !rankableTotal(g); tries++ {
		g = x.indicatorBefore(g.Start, refers)
	}
	return g
}

// rankableTotal: g may be the amount a 总量 ranks — no change and no share
// (…占规上工业总产值的25.9%，比上年同期提高8.4个百分点，总量首次超过肥东县).
func rankableTotal(g *Figure) bool {
	return !isAny(g.Name, rankedChanges) && g.Kind != Share && g.Kind != PPChange
}

// attributeList: 总量及增速 lists only rate attributes, each of the
// indicator before.
func attributeList(n string) bool {
	parts := splitOn(n, "及和与、")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !rateAttributes[p] {
			return false
		}
	}
	return true
}

// rankTopicAttribute: 总量首次超过肥东县，跃居第一 — the clause before a
// rank with no words says what rose by a bare attribute and a comparison;
// the rank is of that attribute of the indicator written before.
func (c *naming) rankTopicAttribute() bool {
	t := c.x.previousClauseTopic(c.x.sentStart, c.q.Start)
	attr := ""
	for a := range rateAttributes {
		if strings.HasPrefix(t, a) && len(a) > len(attr) {
			attr = a
		}
	}
	if attr == "" || attr == "排名" || attr == "位次" {
		return false
	}
	rest := dropRankAdverbsBefore(t[len(attr):])
	if !hasPrefixAny(rest, comparisonMarks) {
		return false
	}
	g := c.x.rankedIndicatorBefore(c.q.Start, attr, true)
	if g == nil || g.Name == "" {
		return false
	}
	c.n = g.Name
	if attr != "总量" {
		c.n = withRate(g.Name, attr)
	}
	return true
}

// referredCounts are how many indicators 两项指标均排名 points back at.
var referredCounts = map[string]int{"两项指标": 2, "二项指标": 2, "三项指标": 3, "四项指标": 4, "五项指标": 5}

// referredRank: 接待游客150.64万人次，实现旅游收入9.11亿元，两项指标均排名
// 全市第一 — a rank of the indicators a count points back at is theirs,
// named together, not 指标's.
func (c *naming) referredRank() bool {
	if c.f.Kind != Rank || c.n != "指标" {
		return false
	}
	x := c.x
	raw := compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start]) // 两项 is a number of its own, before the clause
	for w, n := range referredCounts {
		if !strings.Contains(raw, w) {
			continue
		}
		names := x.namesBefore(c.i, n, func(g *Figure) bool { return !isRate(g.Kind) && g.Kind != Rank })
		if names == nil {
			return false
		}
		c.n = strings.Join(names, "、")
		return true
	}
	return false
}

// rankMovesTo move a rank from one place to another: 由全省第八位跃升到第四位.
var rankMovesTo = []string{"跃升", "上升", "提升", "提高", "前移", "前进", "跃居", "下滑", "下降", "后移", "回落", "降"}

// selfReferences open the words a report names itself by (我县, 该市, 本区).
var selfReferences = []string{"我", "该", "本"}

// rankFromSubject takes the 由 or 从 that opens a rank's start off the
// subject, and the 其 that points back: 其总量由 | 全省第八位 gives 总量.
func rankFromSubject(n string) string {
	if t, w := trimSuffixes(n, []string{"由", "从"}); w != "" {
		n = strings.TrimPrefix(t, "其")
	}
	return n
}

// rankOfFromRank: 其总量由全省第八位跃升到第四位 — the rank a move reaches is
// of what the rank it moved from ranks.
func (c *naming) rankOfFromRank() bool {
	p := c.prev
	if p == nil || p.Kind != Rank || p.Name == "" || hasPrefixAny(p.Name, selfReferences) {
		return false // 我县由二季度的第12位上升到第6位: who moved, not what ranks
	}
	gap := compact(c.x.s[p.End:c.q.Start])
	g := trimRightSet(gap, "到至为了")
	if g == gap || !isAny(g, rankMovesTo) {
		return false
	}
	c.n = p.Name
	return true
}
