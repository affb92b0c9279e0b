package figure

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// The stages of nameOf that name a figure by what was said before it: a
// generic attribute (总投资, 增速) or an empty clause continues the subject
// of the figure, the clause or the sentence before (花海广场总投资1亿元，建设
// 总面积…; 全省GDP按不变价格计算，同比增长6.3%; 较去年同期下降2.6个百分点).

// clauseBeforeTopic: a figure whose own clause names nothing is about what
// the clause before it names when that clause holds no figure of its own
// (全省GDP按不变价格计算，同比增长6.3%; 中部百强县排名再进位，居53位).
func (c *naming) clauseBeforeTopic() bool {
	x := c.x
	ps, cs, ok := c.figurelessClauseBefore()
	if !ok {
		return false
	}
	if before := trimLeftSet(compact(x.s[ps:cs]), "、，,；;：:"); hasPrefixAny(before, actionVerbs) || hasPrefixAny(before, verbEnds) {
		return false // 实施重点项目编组专班推进，…169%: an action, not a subject
	}
	t := x.previousClauseTopic(x.sentStart, c.q.Start)
	if timeView(t) {
		// 网络零售总额3014.5亿元…。分季度看，一至四季度同比分别增长5.0%、…: the
		// quarters of the indicator the paragraph, or the one before, is about
		if g := x.topicNear(c.q.Start); g != nil {
			c.n = g.Name
			return true
		}
		return false
	}
	if c.f.Kind == Rank {
		t, _ = trimSuffixes(t, rankChanges) // 中部百强县排名再进位，居53位
	}
	if w := judgedRateWord(t); w != "" {
		if k := strings.Index(t, w); runeLen(t[:k]) >= 2 {
			c.n = t[:k] // 工业投资增势强劲，同比增长81.9%: the indicator it judges
			return true
		}
		// 白沙黎族自治县增速也较快，比上年同期增长6.5%: the rate of the
		// indicator the text is about
		if g := x.indicatorTopicAt(c.q.Start); g != nil {
			c.n = g.Name
			return true
		}
		return false
	}
	if isRate(c.f.Kind) {
		t = judgedOwner(t) // 电子产品制造业保持较好增势，增长23.7%: the subject, not how it fared
	}
	if runeLen(t) >= 2 {
		c.n = t
		return true
	}
	return false
}

// emptyClauseTopic: see clauseBeforeTopic; for a rate (growth, share,
// points), once the other stages found no name. An amount after a clause
// of its own (大力发展“三室”经济， 2.56亿元) is more often cut from its
// words by OCR than said of that clause.
func (c *naming) emptyClauseTopic() bool {
	for _, w := range []string{"从", "由"} {
		c.n = strings.TrimSuffix(c.n, w) // 城镇化率由45.2%: the subject, not the preposition
	}
	if c.n != "" || c.f.Kind != Growth && c.f.Kind != Share && c.f.Kind != PPChange {
		return false
	}
	if c.fromToSubject() {
		return true
	}
	return c.clauseBeforeTopic()
}

// fromToSubject: a rate that moves from one value to another names its
// subject before 从 or 由 in its own clause (其覆盖率从50%增至97.7%;
// 城镇化率由45.2%提高到48.6%), not the clause before.
func (c *naming) fromToSubject() bool {
	x := c.x
	own := compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start])
	for _, w := range []string{"从", "由"} {
		if k := strings.LastIndex(own, w); k > 0 {
			if n := x.cleanName(strings.TrimPrefix(own[:k], "其")); runeLen(n) >= 2 {
				c.n = n
				return true
			}
		}
	}
	return false
}

// sentenceTopic: a sentence that opens with a comparison or a change and
// no subject (较去年同期下降2.6个百分点; 分别高于省、市1.1个、0.8个百分点)
// goes on about the indicator of the sentence before.
func (c *naming) sentenceTopic() bool {
	x := c.x
	if c.n != "" || c.prev != nil || (c.f.Kind != Growth && c.f.Kind != PPChange) || clauseStart(x.s, x.sentStart, c.q.Start) > x.sentStart {
		return false
	}
	if g := x.indicatorTopicAt(c.q.Start); g != nil {
		c.n = g.Name
		return true
	}
	return false
}

// totalOfCounted: 谋划项目282个…总投资1098亿元 — a total is the total of
// the things counted before it in the sentence.
func (c *naming) totalOfCounted() bool {
	n, x := c.n, c.x
	if !strings.HasPrefix(n, "总") || !genericNames[n] {
		return false
	}
	for k := len(x.sent) - 1; k >= 0; k-- {
		if g := x.out[x.sent[k]]; g.Kind == Count && g.Name != "" && !g.Derived && !x.inClosedBracket(g.End, c.q.Start) {
			c.n = trimPrefixesOnce(g.Name, newWords) + n
			return true
		}
	}
	if c.prev == nil {
		return false
	}
	if base := stripGeneric(c.prev.Name); base != c.prev.Name && base != "" {
		c.n = base + n // 花海广场总投资…建设总面积
		return true
	}
	// 粮食播种面积…，总产量: the output of what was sown
	if crop := cropOf(c.prev.Name); crop != "" {
		c.n = crop + n
		return true
	}
	return false
}

// shareOfPrevious: 工业投资… | 占固定资产投资比重 — a share with no subject
// of its own is the share of the figure before.
func (c *naming) shareOfPrevious() bool {
	n, p := c.n, c.prev
	if !strings.HasPrefix(n, "占") || !strings.HasSuffix(n, "比重") || p == nil {
		return false
	}
	if strings.ContainsAny(c.x.s[p.End:c.q.Start], "；;") {
		if t := c.x.previousClauseTopic(c.x.sentStart, c.q.Start); t != "" {
			if owner := shareOwnerOf(t); owner != "" {
				c.n = owner + n // …增长6.4个百分点；加工贸易出口比重提高，占全市出口比重的65.8%
				return true
			}
		}
		return false // a semicolon ends the figure before: its name is not this share's owner
	}
	if base := ownerOfShare(p.Name); base != "" {
		if t, rate := trimSuffixes(base, rateNames); rate != "" && runeLen(t) >= 2 {
			base = t // 增长8.2%，增速居全省第2位，占全市生产总值比重: a share is of the amount, not of its rate
		}
		c.n = base + n
		return true
	}
	return false
}

// ownerOfShare is what a name is of, without the share it names (工业投资占
// 固定资产投资比重 gives 工业投资); "" for a share of nothing named.
func ownerOfShare(name string) string {
	if k := strings.Index(name, "占"); k >= 0 {
		return name[:k]
	}
	return name
}

// attributeOfPrevious: 花海广场总投资1亿元，建设总面积… — a generic
// attribute right after a figure (across a comma or 、) is that figure's
// subject's.
func (c *naming) attributeOfPrevious() bool {
	if c.completionRate() {
		return true
	}
	n, p, x := c.n, c.prev, c.x
	if p == nil || p.Name == "" || p.Kind == Count {
		if !genericNames[n] || p == nil || p.Name == "" {
			return false
		}
	} else if isAny(n, subjectHeads) && c.headOfPrevious() {
		return true
	} else if !genericNames[n] || strings.HasPrefix(n, "总") {
		return false // one total does not name another
	}
	if rateAttributes[n] && p.Kind == Count && strings.HasSuffix(c.cl.raw, "以") {
		// 省会城市只有5个，其中，福州以23.5%的增速: the rate of what 福州
		// is ranked by, not the cities' (谋划项目282个…，增幅达23.7% is)
		return false
	}
	gap := compact(x.s[p.End:c.q.Start])
	if !hasPrefixAny(gap, []string{"、", "，", ","}) || runeLen(gap) > runeLen(n)+6 {
		return false
	}
	base := trimPrefixesOnce(subjectOfMeasure(p), newWords)
	if p.Kind == Count {
		base = x.countedOwner(p)
	}
	if b := stripGeneric(base); b != base && strings.HasPrefix(base[len(b):], "总") && strings.Contains(n, "总") {
		base = b // one total does not name another
	}
	if (n == "占比" || n == "比重") && hasSuffixAny(base, []string{"比重", "占比"}) {
		n = "" // …占全市出口比重的65.8%，占比提高2.5个百分点: the share before, again
	}
	c.n = base + n
	return true
}

// headOfPrevious: 规模工业增加值负增长7.3%，总产值负增长7.0% — an indicator
// written bare (总产值, 增加值, 产值) right after an indicator of a subject is
// the subject's (规模工业总产值; 农林牧渔业总产值…增长2.5%，增加值37.90亿元:
// 农林牧渔业增加值).
func (c *naming) headOfPrevious() bool {
	p := c.prev
	whole, share := shareWhole(p)
	owner, head := trimSuffixes(whole, subjectHeads)
	// 工业总产值…增长16.0%；增加值按可比价计算增长13.4%: how it was
	// computed does not part the attribute from its subject
	gap := methodNoise.Replace(compact(c.x.s[p.End:c.q.Start]))
	if head == "" || head == c.n && !share || runeLen(owner) < 2 || !hasPrefixAny(gap, []string{"、", "，", ",", "；", ";"}) || runeLen(gap) > runeLen(c.n)+6 {
		return false
	}
	c.n = owner + c.n
	return true
}

// attributeOfTopic: 增速比一季度加快0.3个百分点; 增幅2-5月份分别为14.2%… — a
// rate with no owner in its clause is the rate of the indicator before it
// in the sentence, or of the paragraph's.
func (c *naming) attributeOfTopic() bool {
	if !rateAttributes[c.n] || c.n == "总量" || c.n == "排名" || c.n == "位次" {
		return false
	}
	if t := c.x.aspectBefore(c.q.Start); t != "" {
		c.n = withRate(t, c.n) // 地区生产总值方面，降幅较年初收窄24个百分点
		return true
	}
	if t := c.flatBefore(); t != "" {
		c.n = withRate(t, c.n) // 居民消费价格指数同比持平，涨幅较上年同期收窄3.7个百分点
		return true
	}

	g := c.x.amountBefore(c.q.Start)
	if g == nil {
		g = c.x.sameRateBefore(c.f)
	}
	if g == nil {
		return c.rateOwner()
	}
	c.n = withRate(g.Name, c.n)
	return true
}

// sameRateBefore is the figure earlier in the text that a rate written
// again with no owner repeats (上半年GDP增长7.2%…。分析人士表示，7.2%的增幅…):
// the last rate written the same, or nil (while it is named, a percentage
// is not yet told growth from share). Only rates named by a bare attribute
// ask, so the walk back is rare.
func (x *extractor) sameRateBefore(f Figure) *Figure {
	for k := len(x.out) - 1; k >= 0; k-- {
		g := &x.out[k]
		if !g.Derived && (g.Kind == Growth || g.Kind == Share) && g.Text == f.Text && g.Name != "" && !rateAttributes[g.Name] && !genericNames[g.Name] {
			return g
		}
	}
	return nil
}

// aspectBefore is the indicator a clause right before pos's clause, in
// its sentence, announces as its topic (地区生产总值方面，…), or "".
func (x *extractor) aspectBefore(pos int) string {
	ss := x.sentStart
	cs := clauseStart(x.s, ss, pos)
	if cs <= ss {
		return ""
	}
	t := trimRightSet(compact(x.s[clauseStart(x.s, ss, cs-1):cs]), "，,；;：:")
	t, ok := strings.CutSuffix(t, "方面")
	if !ok || runeLen(t) < 2 || strings.ContainsAny(t, "0123456789") {
		return ""
	}
	return x.cleanName(t)
}

// amountBefore is the last amount or growth named before pos in its
// sentence, else the paragraph's topic: what a rate is the rate of.
func (x *extractor) amountBefore(pos int) *Figure {
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if !g.Derived && g.Start < pos && g.Name != "" && (g.Kind == Level || g.Kind == Growth) {
			return g
		}
	}
	return x.indicatorTopicAt(pos)
}

// withRate names the rate of an indicator: 地区生产总值 and 增速 give
// 地区生产总值增速; a name that is a rate already (GDP增速) stays.
func withRate(name, rate string) string {
	if hasSuffixAny(name, rateNames) {
		return name
	}
	return name + rate
}

// attributeOfPhrase: 投资1700万元改造2所敬老院 — a generic attribute with
// nothing before it is the attribute of what the clause goes on to say.
func (c *naming) attributeOfPhrase() bool {
	if !genericNames[c.n] || c.x.afterDe(c.q.End) != "" {
		return false // 7.2%的增幅虽较…: the attribute was read after 的, the rest is said of it
	}
	if c.x.listedNext(c.q.End) {
		return false // 占比分别…提高0.5和1.2个百分点: what follows is the list's next number
	}
	if obj := c.x.phraseAfter(c.q.End); runeLen(obj) >= 3 {
		c.n = obj + c.n
		return true
	}
	return false
}

// inheritName: a figure whose clause names nothing (…，增长5%) is another
// figure of the subject before it; but money is no count's name.
func (c *naming) inheritName() bool {
	n, p := c.n, c.x.lastNamed(c.q.Start)
	if p != nil && p.Kind == Share && hasPrefixAny(p.Name, planWords) {
		p = c.x.namedBefore(p) // 完成年度预算的56.2%，同比增长9.1%: the growth is the subject's
	}
	if c.f.Kind == Rank {
		p = c.prev // 综合排名全省第7，全国排名提升12位: one subject, two ranks
	}
	if !(n == "" || emptyNames[n]) || p == nil || c.countLike || (c.f.Kind == Level && p.Kind == Count) {
		return false
	}
	if n == "" && isRate(c.f.Kind) && strings.ContainsAny(c.x.s[p.End:c.q.Start], "；;") && c.clauseBeforeTopic() {
		// …提高11.2个百分点；工业投资增势强劲，同比增长81.9%: a semicolon
		// ends the figure before, the clause after it names this one
		return true
	}
	if k := strings.Index(p.Name, "占"); k > 0 && strings.HasSuffix(p.Name, "比重") && c.f.Kind == Growth {
		c.n = p.Name[:k] // 总数…占全市总量的60%，同比增长100%: the growth of the total
		return true
	}
	c.n = p.Name
	if c.f.Kind == Growth && p.Kind == PPChange {
		// 增速高于全市0.3个百分点，两年平均增长1.7%: the points compare the
		// rate, the growth after them is the indicator's own
		if t, w := trimSuffixes(p.Name, rateNames); w != "" && runeLen(t) >= 2 {
			c.n = t
		}
	}
	return true
}

// cropOf is the crop of a sown area's name (粮食种植培养面积 gives 粮食), or "".
func cropOf(name string) string {
	for _, w := range sowingWords {
		if k := strings.Index(name, w); k > 0 {
			if crop := name[:k]; runeLen(crop) >= 2 && !hasVerb(crop) {
				return crop
			}
			return ""
		}
	}
	return ""
}

// lastNamed is the written figure before pos in the sentence that a
// figure without a name of its own continues: not a rank, which names what
// it ranks (总量全市第3；…同比增长6.3%); nil when there is none.
func (x *extractor) lastNamed(pos int) *Figure {
	for k := len(x.sent) - 1; k >= 0; k-- {
		if g := &x.out[x.sent[k]]; g.Kind != Rank && !g.Derived && g.Start < pos {
			return g
		}
	}
	return nil
}

// namedBefore is the written figure of g's sentence before g, or nil.
func (x *extractor) namedBefore(g *Figure) *Figure {
	for k := len(x.sent) - 1; k >= 0; k-- {
		if h := &x.out[x.sent[k]]; h.Start < g.Start && h.Kind != Rank && !h.Derived {
			return h
		}
	}
	return nil
}

// isRate: growth, share and points, which a clause of their own may name
// without a number (工业投资增势强劲，同比增长81.9%).
func isRate(k Kind) bool { return k == Growth || k == Share || k == PPChange }

// figurelessClauseBefore is the clause before the figure's own, [ps, cs),
// in its sentence, when that clause holds no figure: the clause a figure
// whose own names nothing may be about.
func (c *naming) figurelessClauseBefore() (ps, cs int, ok bool) {
	x := c.x
	cs = clauseStart(x.s, x.sentStart, c.q.Start)
	if cs <= x.sentStart {
		return 0, 0, false
	}
	ps = clauseStart(x.s, x.sentStart, cs-1)
	if c.prev != nil && c.prev.End > ps {
		return 0, 0, false
	}
	return ps, cs, true
}

// otherUnitCount: 完成易地扶贫搬迁1646户6680人, 发放农村低保13070户、46225人
// — a count written right after another, with nothing but 、 between and
// nothing after it, counts the same thing
// in another unit (households, then people; roads, then their length:
// 完成通村道路120条、559.1公里) and takes its name; 选派16批次
// 162人次医务人员 names it after.
func (c *naming) otherUnitCount() bool {
	p := c.prev
	if c.f.Kind != Count && c.f.Kind != Physical && c.f.Kind != Level || p == nil || p.Kind != Count || p.Derived || p.Unit == c.f.Unit || p.Name == "" ||
		!isAny(compact(c.x.s[p.End:c.q.Start]), []string{"", "、"}) {
		return false
	}
	if c.f.Kind == Level && compact(c.x.s[p.End:c.q.Start]) != "" {
		return false // 发放创业担保贷款797笔9389万元: the loans' amount only right after their count
	}
	if r, _ := hanzi.DecodeRune(c.x.s[c.q.End:]); r != utf8.RuneError && !isPunct(r) && !hasPrefixAny(c.x.s[c.q.End:], fromToVerbs) &&
		!c.x.forWhom(p.Start) {
		return false // 由13677户49479人减至887户1472人: the from-to goes on after the pair
	}
	c.n = p.Name
	return true
}

// listedNext: the number ending at end is followed by the next of its
// list (0.5和1.2个百分点, 8%、8.5%), not by words about it.
func (x *extractor) listedNext(end int) bool {
	t := compact(x.s[end:min(len(x.s), end+12)])
	g, _ := trimPrefixes(t, listHedges)
	for _, j := range listJoiners {
		if rest, ok := strings.CutPrefix(g, j); ok {
			return rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '-')
		}
	}
	return false
}

// shareOwnerOf is whose share a clause announces (加工贸易出口比重提高 is
// 加工贸易出口's), or "".
func shareOwnerOf(t string) string {
	for _, w := range []string{"比重", "占比"} {
		if k := strings.Index(t, w); k > 0 && runeLen(t[:k]) >= 2 {
			return t[:k]
		}
	}
	return ""
}

// inClosedBracket: the text from pos to end closes a bracket opened before
// pos — what stood at pos was a note inside it (实施高端化项目76项（新建48项，
// 续建28项），总投资…: the total is the 76 projects', not the 28 续建).
func (x *extractor) inClosedBracket(pos, end int) bool {
	gap := x.s[pos:end]
	k := strings.IndexAny(gap, "）)")
	return k >= 0 && !strings.ContainsAny(gap[:k], "（(")
}

// fromToVerbs carry a pair of counts from one value to another.
var fromToVerbs = []string{"减至", "减少到", "减少至", "降至", "下降到", "增至", "增加到", "增加至", "提高到", "上升到"}
