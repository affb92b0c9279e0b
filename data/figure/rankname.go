package figure

import "strings"

// This file names ranks. A rank is written after what is ranked and where
// (地区生产总值增速 | 居全省 | 第一; 在中部六省省会城市中 | 居 | 第1位); the
// place is the rank's scope, not its name, and a rank with no subject of
// its own ranks the indicator written before it (同比增长6.3%，增速位居全市
// 第3; 在全省16个地级市中排名第三).

// rankVerbs link what is ranked to its scope and rank, longest first.
var rankVerbs = byLength([]string{"位居", "跃居", "稳居", "位列", "名列", "排在", "排名", "排位", "居", "列", "排", "勇夺", "夺得"})

// rankVerbNot are words a rank verb starts that are no rank verb (居民).
var rankVerbNot = []string{"居民", "居住", "居家", "居委", "列入", "列为", "排放", "排查", "排污", "排水", "排名再进位"}

// rankAdverbs stand between what is ranked and the rank verb
// (增幅继续列…, 增速均居…, 增速首次居…).
var rankAdverbs = byLength([]string{"继续", "首次", "再次", "持续", "连续", "一直", "始终", "均", "就", "仍", "又", "也", "已", "稳"})

// rankChanges after the rank verb make the number a change of rank (全国
// 排名提升12位): the words before the verb are kept.
var rankChanges = []string{"提升", "上升", "前移", "提高", "下降", "后移", "再进位", "进位"}

// rateAttributes are generic words for the growth of what was named
// before (增速排名第一): the rank or rate is that indicator's.
var rateAttributes = map[string]bool{"增速": true, "增幅": true, "涨幅": true, "降幅": true, "增长率": true, "位次": true, "总量": true, "排名": true}

// rateComparisons say against what a rate is measured (同比增速, 比上年增幅):
// before a bare rate they leave it bare.
var rateComparisons = byLength([]string{"同比", "环比", "比上年", "比去年", "较上年"})

// rankedAttributes are what else a rank may rank of the indicator before
// it, written alone (贡献率居…第2位): its contribution to growth.
var rankedAttributes = map[string]bool{"贡献率": true}

// rankedTotals are bare words for the amount of an indicator named before
// the rank (总值列全省第5位).
var rankedTotals = []string{"总值", "总额"}

// rankSubject cuts the words before a rank at its rank verb and drops the
// adverbs and 自…以来 before the verb: 增幅继续列全省九设区市 gives 增幅.
// list is true when the words name a published ranking, to be kept whole.
func rankSubject(s string) (subject string, list bool) {
	k := lastRankVerb(s)
	if k < 0 {
		return dropRankAdverbs(s), false // 福州继续全省 | 第一
	}
	if after := s[k:]; containsAny(after, rankingLists) {
		_, v := trimPrefixes(after, rankVerbs)
		return after[len(v):], true // 位居全国百强县投资潜力 | 第3
	}
	if c := contestOf(s[:k]); c != "" {
		return c, false
	}
	return dropSince(dropRankAdverbs(scopeAtCut(amongCut(dropRankSetting(dropRankPartner(s[:k])))))), false
}

// scopeAtCut drops the scope a rank is among when 在 opens it (招商引资工作在
// 全省市州 | 排名第三位; 增速在全市各县区): the subject is before it.
func scopeAtCut(s string) string {
	k := strings.LastIndex(s, "在全")
	if k <= 0 || runeLen(s[:k]) < 2 {
		return s
	}
	return s[:k]
}

// dropRankAdverbs takes the scope and the adverbs before a rank off the end
// of s: 增速均 gives 增速, 福州继续全省 gives 福州.
func dropRankAdverbs(s string) string {
	for n := 0; n < 4; n++ {
		t, w := trimSuffixes(s, rankAdverbs)
		if w == "" {
			t, w = trimSuffixes(s, scopeEnds)
		}
		if w == "" {
			break
		}
		s = t
	}
	return s
}

// amongCut drops the group a rank is among (在全省16个地级市中, 地级市中)
// from the end of the words before the rank verb.
func amongCut(s string) string {
	if !strings.HasSuffix(s, "中") {
		return s
	}
	if k := strings.LastIndex(s, "在"); k >= 0 {
		return s[:k]
	}
	return ""
}

// lastRankVerb is where the last rank verb of s starts, or -1.
func lastRankVerb(s string) int {
	best, bestEnd := -1, -1
	for _, v := range rankVerbs {
		k := strings.LastIndex(s, v)
		if k < 0 || hasPrefixAny(s[k:], rankVerbNot) || containsAny(s[k:], rankChanges) {
			continue
		}
		// the verb that ends last, and of those the longest (位居, not 居)
		if e := k + len(v); e > bestEnd || e == bestEnd && k < best {
			best, bestEnd = k, e
		}
	}
	return best
}

// rankingLists name a published ranking (全国百强县投资潜力, 先进制造业百强
// 城市): written after the rank verb, they are what the rank is in.
var rankingLists = []string{"百强", "强县", "强市", "强区", "榜", "排行", "指数", "竞争力", "潜力"}

// dropSince removes a 自…以来 time phrase (增速自2016年以来首次).
func dropSince(s string) string {
	i := strings.LastIndex(s, "自")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], "以来")
	if j < 0 || runeLen(s[i:i+j]) > 10 {
		return s
	}
	return strings.TrimRight(s[:i]+s[i+j+len("以来"):], "@")
}

// rankOfPrevious: a rank whose words name no indicator (nothing, a scope
// 中部六省省会城市中, or a generic 增速) ranks the indicator written before
// it in the sentence, or the paragraph's last.
func (c *naming) rankOfPrevious() bool {
	if c.f.Kind != Rank {
		return false
	}
	if c.referredRank() || c.rankOfFromRank() {
		return true
	}
	n := rankFromSubject(strings.TrimSuffix(c.n, "的"))
	if _, r := trimPrefixes(n, rateComparisons); r != "" && rateAttributes[n[len(r):]] {
		n = n[len(r):] // 同比增速位居首位: the comparison is how the rate is measured, it names nothing
	}
	if strings.HasSuffix(n, "中") {
		n = "" // 在中部六省省会城市中居第1位: among whom
	}
	if isAny(n, rankedTotals) {
		n = "" // 外贸进出口总值同比增长71.1%，总值列全省第5位: the amount named before
	}
	if n != "" && !rateAttributes[n] && !rankedAttributes[n] && !attributeList(n) {
		return false
	}
	g := c.x.rankedIndicatorBefore(c.q.Start, n, rateAttributes[n] || rankedAttributes[n])
	if g == nil {
		return false
	}
	if c.n = g.Name; rankedAttributes[n] || attributeList(n) {
		c.n = g.Name + n // 增长5.1%，贡献率居郑州县(市)第2位: the contribution of what was named
	} else if rateAttributes[n] && n != "排名" && n != "位次" && n != "总量" {
		c.n = withRate(g.Name, n) // 增速排名第一: the rate of what was named
	}
	return true
}

// indicatorBefore is the last figure before pos in the sentence that names
// an indicator (not a rank, nor the count of those ranked); else, when the words refer back
// (增速, 增幅), the paragraph's topic.
func (x *extractor) indicatorBefore(pos int, refers bool) *Figure {
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Kind == Rank || g.Start >= pos || g.Kind == Count && x.amongScope(g.End) {
			continue
		}
		if g.Name == "" {
			return nil // what it ranks has no name here: mendNames may find one
		}
		return g
	}
	if !refers {
		return nil
	}
	return x.indicatorTopicAt(pos)
}

// amongScope: the count ending at end is the number of those a rank is
// among (在全省16个地级市中排名第三), not what is ranked.
func (x *extractor) amongScope(end int) bool {
	t := compact(x.s[end:min(len(x.s), end+60)])
	for k, r := range t {
		if isPunct(r) {
			t = t[:k]
			break
		}
	}
	return strings.Contains(t, "中")
}

// indicatorTopicAt is the last figure of pos's paragraph that named an indicator
// of its own, or nil.
func (x *extractor) indicatorTopicAt(pos int) *Figure {
	if x.topic < 0 {
		return nil
	}
	ps, _ := x.l.paragraph(pos)
	if g := &x.out[x.topic]; g.Start >= ps {
		return g
	}
	return nil
}

// noteTopic remembers figure k as the paragraph's topic when it is an
// amount or its growth with a name of its own: what a report goes on
// about; a share, a count or a rank is said of it.
func (x *extractor) noteTopic(k int) {
	f := x.out[k]
	if f.Derived || f.Name == "" || f.Kind != Level && f.Kind != Growth || genericNames[f.Name] {
		return
	}
	x.topic = k
}
