package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Naming by the figure before: a part listed under 其中 takes the whole's
// qualifier or name (年末常住人口94.5万人，其中：城镇人口42.1万人 is 城镇常住
// 人口; 县级以上农业龙头企业98家，其中：省级8家), an industry the indicator
// of its sibling or sector (采矿业增加值…，制造业增长15.6%), a crop's output
// its sown area's crop, a part's 贡献率 and 拉动 the part.

// wholeQualifiers say which whole a count of people is (常住, 户籍); the parts
// of the whole in partWords are named with it.
var (
	wholeQualifiers = []string{"常住", "户籍"}
	partWords       = []string{"城镇", "乡村", "农村", "男性", "女性", "城市"}
	partHeads       = []string{"人口"}
)

// partOfWhole: 其中：城镇人口42.1万人 after 常住人口94.5万人 is 城镇常住人口.
func (c *naming) partOfWhole() bool {
	if c.f.Kind != Count {
		return false
	}
	whole := c.x.lastNamed(c.q.Start)
	if whole == nil {
		whole = c.x.wholeOfPartsSentence(Count) // 户籍人口为112635人。其中，城镇人口54715人
	}
	if whole == nil || whole.Kind != Count || whole.NormUnit != c.f.NormUnit {
		return false
	}
	for _, h := range partHeads {
		if isAny(c.n, partWords) && strings.HasSuffix(whole.Name, h) {
			c.n += h // 户籍人口52.3万人，其中男性26.9万人: 男性人口
			return true
		}
		part, ok := strings.CutSuffix(c.n, h)
		if !ok || !isAny(part, partWords) {
			continue
		}
		for _, q := range wholeQualifiers {
			if strings.HasSuffix(whole.Name, q+h) {
				c.n = part + q + h
				return true
			}
		}
	}
	return false
}

// partMeasures are what a physical whole measures of its crop or goods (粮食
// 作物种植面积, 粮食总产量); a part listed under 其中 by its crop alone
// measures the same. Each pair is the whole's ending and the part's.
var partMeasures = [][2]string{
	{"种植面积", "种植面积"}, {"播种面积", "播种面积"}, {"收获面积", "收获面积"},
	{"总产量", "产量"}, {"产量", "产量"},
}

// partMeasure: 粮食作物种植面积87.12万亩，其中，夏收粮食13.05万亩，秋收粮
// 食74.08万亩 are the 种植面积 of 夏收粮食 and 秋收粮食; a part written by its
// crop alone takes the measure of the whole before it (or of the part
// before it, which has taken it already).
func (c *naming) partMeasure() bool {
	if c.f.Kind != Physical || runeLen(c.n) < 2 || hasVerb(c.n) || containsAny(c.n, []string{"面积", "量"}) {
		return false
	}
	whole := c.x.lastOfKind(c.q.Start, Physical)
	if whole == nil {
		whole = c.x.wholeOfPartsSentence(Physical) // 肉类总产量…。其中，猪肉…
	}
	if whole == nil || whole.NormUnit != c.f.NormUnit {
		return false
	}
	// the 其中 is before this part, after the whole's number or before the
	// part before it (a dozen characters back is the part's own name); the
	// parts of one 其中 may be parted by ；
	span := c.x.s[max(0, whole.Start-36):c.q.Start]
	k := strings.LastIndex(span, "其中")
	if k < 0 || strings.Contains(span[k:], "。") {
		return false
	}
	for _, m := range partMeasures {
		goods, ok := strings.CutSuffix(whole.Name, m[0])
		// the part is a kind of the whole's goods (夏收粮食 of 粮食作物, 秋收
		// 粮食 after 夏收粮食), not an owner of it (县属企业 of 原煤) nor
		// another crop (稻谷 of 粮食)
		if ok && runeLen(goods) >= 2 && (strings.Contains(c.n, goods[:hanzi.Forward(goods, 0, 2)]) || strings.Contains(c.n, lastRunes(goods, 2)) || sameKind(c.n, goods)) {
			c.n += m[1]
			return true
		}
	}
	return false
}

// sameKind: part names a kind of goods by the word goods ends in, its
// class mark 类 aside (猪肉 of 肉类 and of 猪牛羊禽肉, 大豆 of 豆类, 苹果 of
// 水果): Chinese puts the kind's word last.
func sameKind(part, goods string) bool {
	stem := strings.TrimSuffix(goods, "类")
	return stem != "" && runeLen(part) >= 2 && lastRunes(part, 1) == lastRunes(stem, 1)
}

// wholeOfPartsSentence is the last written figure before a sentence that
// opens on 其中 (全年猪牛羊禽肉产量9641万吨，…。其中，猪肉产量5794万吨: a
// national bulletin lists the parts in a sentence of their own), when it
// is of kind k; else nil.
func (x *extractor) wholeOfPartsSentence(k Kind) *Figure {
	ss := x.sentStart
	if !strings.HasPrefix(compact(x.s[ss:min(len(x.s), ss+12)]), "其中") {
		return nil
	}
	for j := len(x.out) - 1; j >= 0; j-- {
		if g := &x.out[j]; !g.Derived && g.End <= ss && !isRate(g.Kind) {
			if g.Kind != k || ss-g.End > 80 {
				return nil
			}
			return g // the whole's amount, not its growth after it
		}
	}
	return nil
}

// lastOfKind is the last written figure of kind k before pos in the
// sentence (the area before its growth), or nil.
func (x *extractor) lastOfKind(pos int, k Kind) *Figure {
	for j := len(x.sent) - 1; j >= 0; j-- {
		if g := &x.out[x.sent[j]]; g.Kind == k && !g.Derived && g.Start < pos {
			return g
		}
	}
	return nil
}

// sownCrop: 种植水稻68万亩 is 水稻种植面积, an area named by its crop.
func (c *naming) sownCrop() bool {
	if c.f.Kind != Physical || !isAny(c.f.NormUnit, areaUnits) && !isAny(c.f.Unit, areaUnits) {
		return false
	}
	for _, v := range []string{"种植", "播种"} {
		if crop, ok := strings.CutPrefix(c.n, v); ok && runeLen(crop) >= 1 && !strings.Contains(crop, "面积") {
			c.n = crop + v + "面积"
			return true
		}
	}
	return false
}

// areaUnits are the units of a sown area.
var areaUnits = []string{"亩", "万亩", "公顷", "千公顷", "平方米", "平方公里"}

func isAny(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// outputWords name a crop's output when they follow its sown area
// (蔬菜播种面积3930亩，…，产量5346吨 is 蔬菜产量).
var outputWords = []string{"产量", "总产量", "单产", "总产"}

// cropOutput: see outputWords. The sown area may be a few figures back, its
// yield or its change between (种植早稻42万亩，比上年增加0.5万亩，预计平均单产
// 428.7公斤/亩，…，总产18万吨); 总产 is the 总产量.
func (c *naming) cropOutput() bool {
	if !isAny(c.n, outputWords) || c.prev == nil {
		return false
	}
	crop := cropOf(c.prev.Name)
	for k := len(c.x.sent) - 2; crop == "" && k >= 0 && k >= len(c.x.sent)-cropReach; k-- {
		if g := &c.x.out[c.x.sent[k]]; !g.Derived {
			crop = cropOf(g.Name)
		}
	}
	if crop == "" {
		return false
	}
	if c.n == "总产" {
		c.n = "总产量"
	}
	c.n = crop + c.n
	return true
}

// cropReach bounds how many figures back the sown area of a crop's output
// is looked for.
const cropReach = 4

// rankQualifiers name a level of what the count before counted (县级以上农业
// 龙头企业98家，其中：省级8家，市级30家 — 省级农业龙头企业).
var rankQualifiers = byLength([]string{"国家级", "省级", "市级", "县级", "州级", "区级", "国家", "省", "市"})

// qualifierBounds open the whole's name with the levels it counts (县级以上).
var qualifierBounds = byLength([]string{"县级以上", "市级以上", "省级以上", "国家级", "省级", "市级", "县级"})

// levelOfWhole: see rankQualifiers.
func (c *naming) levelOfWhole() bool {
	if c.f.Kind != Count || !isAny(c.n, rankQualifiers) {
		return false
	}
	whole := c.x.lastNamed(c.q.Start)
	if whole == nil {
		whole = c.x.wholeOfPartsSentence(Count) // 户籍人口为112635人。其中，城镇人口54715人
	}
	if whole == nil || whole.Kind != Count || whole.Unit != c.f.Unit {
		return false
	}
	if obj := trimPrefixesOnce(whole.Name, qualifierBounds); runeLen(obj) >= 2 {
		c.n += obj
		return true
	}
	return false
}

// siblingHead: 采矿业增加值同比增长8.6%，制造业增长15.6% — an industry named
// alone after a sibling industry's indicator is the same indicator of it
// (制造业增加值); so is 煤炭开采和洗选业占比 after 采矿业增加值占比, and
// 衣着类 after 食品烟酒类价格.
func (c *naming) siblingHead() bool {
	p := c.sibling()
	if p == nil && (c.f.Kind == Growth || c.f.Kind == Level) {
		p = c.x.figureBefore(c.q.Start) // 第三产业增加值…。其中，批发和零售业增长10.8%
	}
	if p == nil || c.f.Kind == Count || c.f.Kind == Rank {
		return false
	}
	base, share := strings.CutSuffix(p.Name, "占比")
	_, head := trimSuffixes(base, siblingHeads)
	if head == "" || !hasSuffixAny(strings.TrimSuffix(base, head), siblingKinds) {
		return false
	}
	switch {
	case hasSuffixAny(c.n, siblingKinds) && runeLen(c.n) >= 2:
		c.n += head
	case share && hasSuffixAny(strings.TrimSuffix(c.n, "占比"), siblingKinds) && strings.HasSuffix(c.n, "占比"):
		c.n = strings.TrimSuffix(c.n, "占比") + head
	default:
		return false
	}
	if share {
		c.n += "占比"
	}
	return true
}

// siblingKinds end the name of an industry or a class of goods; siblingHeads
// are the indicators written after one (增加值, 价格).
var (
	siblingKinds = []string{"业", "类"}
	siblingHeads = byLength(append(append([]string{}, indicatorHeads...), "价格", "营业额"))
)

// sibling is the last written figure of c's kind in its sentence, or nil.
func (c *naming) sibling() *Figure {
	x := c.x
	for k := len(x.sent) - 1; k >= 0; k-- {
		if g := &x.out[x.sent[k]]; g.Kind == c.f.Kind && !g.Derived {
			return g
		}
	}
	return nil
}

// ownedRates are rates of a part in a whole's growth (对经济增长的贡献率,
// 拉动…增长); written after the part's own figure they begin with 对 and name
// no part, which is the figure before's subject (全部工业增加值45.2亿元，…，
// 对经济增长的贡献率达38.5% — 工业对经济增长的贡献率).
var ownedRates = []string{"贡献率", "拉动"}

// subjectHeads end a figure's name after its subject (工业增加值: 工业).
var subjectHeads = byLength([]string{"增加值", "总产值", "产值", "投资", "营业收入"})

// ownerOfRate: see ownedRates; 拉动GDP增长0.2个百分点 after 第一产业对…的
// 贡献率 is 第一产业拉动GDP.
func (c *naming) ownerOfRate() bool {
	raw := trimLeftSet(c.cl.raw, "，,、；; ")
	p := c.prev
	if p == nil || p.Derived {
		return false
	}
	if strings.HasPrefix(c.n, "拉动") {
		if k := strings.Index(p.Name, "对"); k > 0 && strings.Contains(p.Name, "贡献") {
			c.n = p.Name[:k] + c.n
			return true
		}
	}
	if strings.HasPrefix(c.n, "影响") && c.f.Kind == PPChange && p.Kind == Growth && hasSuffixAny(p.Name, []string{"价格", "价格指数"}) {
		c.n = p.Name + c.n // 畜肉类价格上涨28.3%，影响CPI上涨约0.91个百分点
		return true
	}
	if !strings.HasPrefix(raw, "对") || !containsAny(c.n, ownedRates) {
		return false
	}
	pn := p.Name
	if k := strings.Index(pn, "占"); k > 0 && strings.HasSuffix(pn, "比重") {
		pn = pn[:k] // 装备制造业增加值占规上工业比重: the owner is 装备制造业
	}
	owner, head := trimSuffixes(pn, subjectHeads)
	if head == "" || runeLen(owner) < 2 {
		return false
	}
	owner = trimPrefixesOnce(owner, []string{"全部"})
	c.n = owner + "对" + strings.TrimPrefix(c.n, "对")
	return true
}

// shareChange: 占比较上年同期提高0.9个百分点 — a change named by the bare
// word for a share is the change of the share before.
func (c *naming) shareChange() bool {
	if c.f.Kind != PPChange || !isAny(c.n, []string{"占比", "比重"}) || c.prev == nil || c.prev.Kind != Share {
		return false
	}
	c.n = c.prev.Name
	return true
}

// changeOfPrevious: 7.2%的增幅虽较去年同期下降了0.9个百分点，但较一季度提高了
// 0.3个百分点 — a change in points whose clause only goes on from the rate
// before it (的增幅…, or a comparison alone) is the change of that rate.
func (c *naming) changeOfPrevious() bool {
	p := c.prev
	if c.f.Kind != PPChange || p == nil || p.Name == "" || (p.Kind != Growth && p.Kind != Share && p.Kind != PPChange) {
		return false
	}
	if c.n != "" && !(strings.HasPrefix(c.cl.raw, "的") && strings.HasPrefix(c.x.s[p.End:], "的")) {
		return false
	}
	c.n = p.Name
	return true
}

// shareOfBreakdown: 开工并实现产值企业511户，比重为80.6%。其中：西宁市比重为
// 83.5% — a share named by the bare word, after a named share in its
// paragraph, is that share again for a part (a place, a sector).
func (c *naming) shareOfBreakdown() bool {
	if c.f.Kind != Share || !isAny(c.n, shareWords) {
		return false
	}
	p := c.x.figureBefore(c.q.Start)
	if p == nil || p.Kind != Share || isAny(p.Name, shareWords) || runeLen(p.Name) <= 2 {
		return false
	}
	c.n = p.Name
	return true
}

// shareWords name a share and nothing else.
var shareWords = []string{"比重", "占比", "所占比重"}

// totalOfMember: 新增高新技术企业15家、专精特新企业8家，总数分别达到62家、
// 21家 — a member's total is of the things, not of the new ones.
func totalOfMember(name string, cl clause) string {
	if !strings.Contains(cl.raw, "总数") || strings.Contains(name, "总数") {
		return name
	}
	if t := trimPrefixesOnce(name, newWords); runeLen(t) >= 2 {
		return t + "总数"
	}
	return name
}

// figureBefore is the last written figure before pos in its paragraph,
// across sentences, or nil.
func (x *extractor) figureBefore(pos int) *Figure {
	for k := len(x.out) - 1; k >= 0; k-- {
		g := &x.out[k]
		if g.Derived || g.Start >= pos || g.Kind == Rank {
			continue
		}
		if strings.Contains(x.s[g.End:pos], "\n") {
			return nil
		}
		return g
	}
	return nil
}

// ratioName: 存贷比为69.8% — the 比 the clause's comparison cut took off
// ends the name of a ratio.
func (c *naming) ratioName() bool {
	raw, _ := trimSuffixes(trimRightSet(compact(c.cl.raw), "，,"), linkVerbs)
	if c.f.Kind == Share && c.n != "" && strings.HasSuffix(raw, c.n+"比") {
		c.n += "比"
		return true
	}
	return false
}
