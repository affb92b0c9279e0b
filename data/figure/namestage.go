package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// The stages of nameOf and name (name.go), in the order they run. Each
// returns true when it has settled the name.

// fragmentClause: a one-character clause that is no word on its own
// (资增长8.3%: OCR lost the start of 投资) names nothing but a count.
func (c *naming) fragmentClause() bool {
	if fragmentName(c.cl.name) && c.f.Kind != Count && c.f.Kind != Physical {
		if c.productOutput() {
			return true // 从主要工业品产量看，纱增长31.6%: a product of one character
		}
		c.n = ""
		return true
	}
	return false
}

// shareOfSubject: in 一般公共预算收入完成15.6亿元，为预算的102.3% the share
// is the subject's, of what follows 为.
func (c *naming) shareOfSubject() bool {
	raw := c.cl.raw
	if c.f.Kind != Share || !hasPrefixAny(raw, []string{"为", "是"}) || !strings.HasSuffix(raw, "的") || c.prev == nil {
		return false
	}
	if c.prev.Name != "" && c.prev.Kind == Level {
		c.n = c.prev.Name
		return true
	}
	return false
}

// objectAfterDe: a number followed by 的 measures the noun after it
// (投资25亿元的衡水泰华教育综合体项目, 库容8300万立方米的南水北调冯营水库)
// when the words before it are no name of their own.
func (c *naming) objectAfterDe() bool {
	n := c.n
	if strings.HasSuffix(n, "以") || strings.Trim(n, numeralRunes+"十、.．") == "" || strings.HasSuffix(c.cl.raw, "、") {
		// 福州以23.5%的增速排名第一: who, by what; 五、完成了…: the item's
		// number; 江汽25万辆轻卡、50亿元的联东U谷: the item before
		n = ""
	}
	after := c.x.afterDe(c.q.End)
	if after == "" || referenceNouns[after] || !(n == "" || genericNames[n] || runeLen(n) <= 2) {
		return false
	}
	c.n = after + n
	return !rateAttributes[c.n] // 以9.0%的增速: the growth of what, found later
}

// dropPreviousCount: 4个项目 | 项目争取国债资金 — the count before has taken
// the words its own name is made of; but 死亡5388人，死亡率 is a name of
// its own.
func (c *naming) dropPreviousCount() bool {
	p, n := c.prev, c.n
	if p != nil && p.Kind == Count && p.Name != "" && strings.HasPrefix(n, p.Name) && runeLen(n[len(p.Name):]) >= 2 &&
		(runeLen(p.Name) <= 2 || endsWithVerb(n[len(p.Name):])) {
		c.n = n[len(p.Name):]
	}
	return false
}

// dropDoer: a count is of what was done, not of who did it
// (茁成生态农庄 | 建成农业科技大棚195座).
func (c *naming) dropDoer() bool {
	if c.f.Kind == Count || c.f.Kind == Physical {
		c.n = fromVerb(c.n, countsPeople(c.f.Unit))
	}
	return false
}

// countsPeople: a count in 人, 万人, 名 or 人次 is of people.
func countsPeople(unit string) bool {
	return strings.HasSuffix(unit, "人") || strings.HasSuffix(unit, "名") || strings.HasSuffix(unit, "人次")
}

// durationName: 仅用23天 is the time something took.
func (c *naming) durationName() bool {
	if c.q.Kind == quantity.Duration && (c.n == "" || c.n == "用" || c.n == "仅用") {
		c.n = "用时"
		return true
	}
	return false
}

// noteVerb reads what the later stages ask of the name as it stands.
func (c *naming) noteVerb() bool {
	c.countLike = c.f.Kind == Count || c.f.Kind == Physical
	c.sameAsPrev = c.prev != nil && c.prev.Kind == Count && c.n != "" && c.n == c.prev.Name
	c.verb = trailingVerb(c.n)
	return false
}

// dropRankScope: 获县(市)组第一名 — the group a rank is among is no name.
func (c *naming) dropRankScope() bool {
	if c.f.Kind == Rank && hasSuffixAny(c.n, groupEnds) {
		c.n = ""
	}
	return false
}

// dropPlaceSuffix: 驻X的N名…代表 — a place after the words of a count
// is where, not what.
func (c *naming) dropPlaceSuffix() bool {
	if c.f.Kind != Count {
		return false
	}
	if t, w := c.x.trimPlaceSuffix(c.n); w != "" {
		if c.n = t; runeLen(c.n) <= 1 {
			c.n = ""
		}
	}
	return false
}

// rankTopic: a rank with no name of its own ranks what the clause before
// it is about (在全市重点项目综合考评中，该县排名第二).
func (c *naming) rankTopic() bool {
	if c.f.Kind != Rank || (c.n != "" && c.n != "综合") {
		return false
	}
	if c.n == "综合" {
		c.n = "综合排名"
		return true
	}
	return c.rankTopicAttribute() || c.clauseBeforeTopic()
}

// countedObject: a count whose clause names no thing — it is empty, a
// verb, the end of a list, or ends in 的 — counts what follows its measure
// word (建成 | 18个 | 贫困村; 1702 户 6474人建档立卡贫困人口).
func (c *naming) countedObject() bool {
	n, x := c.n, c.x
	if !c.countLike || !(n == "" || emptyNames[n] || c.verb != "" || c.cl.listTail || c.sameAsPrev || strings.HasSuffix(c.cl.raw, "的") || strings.Contains(n, "、") || endsInTime(n) || c.headCounted()) {
		return false
	}
	obj := x.counted(c.q.End)
	if obj == "" && c.i+1 < len(x.qs) && compact(x.s[c.q.End:x.qs[c.i+1].Start]) == "" {
		obj = x.counted(x.qs[c.i+1].End)
	}
	if obj == "" {
		return false
	}
	if countsPeople(c.f.Unit) {
		obj = personHead(obj) // 24000多名党员干部主动请缨: the people, not what they did
	}
	if c.verb != "" && !c.cl.listTail {
		obj = c.verb + obj
	} else {
		obj = x.stageFirst(obj, c.q.End)
	}
	c.n = obj
	return true
}

// projectStages are what is done to projects, longest first; a count of
// projects at a stage is named stage first (42个项目竣工投产: 竣工投产项目), as
// statisticians write 新开工项目 and 竣工投产项目.
var projectStages = byLength([]string{"竣工投产", "建成投产", "建成投用", "竣工投用", "建成投运", "开工建设", "签约落地", "竣工", "开工", "投产", "建成", "签约", "落地"})

// stageFirst turns a counted noun followed by the stage it reached
// (项目竣工, or 项目 with 开工建设 after it) into the stage and the noun
// (竣工投产项目), reading the whole
// stage from the text after the measure word (end); other nouns are as
// they are.
func (x *extractor) stageFirst(obj string, end int) string {
	for _, noun := range projectNouns {
		rest, ok := strings.CutPrefix(obj, noun)
		if !ok || rest != "" && !hasPrefixAny(rest, projectStages) {
			continue
		}
		after := compact(x.s[end:min(len(x.s), end+60)])
		if k := strings.Index(after, noun); k >= 0 {
			if _, stage := trimPrefixes(after[k+len(noun):], projectStages); stage != "" {
				return stage + noun
			}
			if stage := stageAfterAdverb(noun, after[k+len(noun):]); stage != "" {
				return stage + noun
			}
		}
	}
	if honored := x.honoredAs(obj, end); honored != "" {
		return honored // 6个村入选省民主法治示范村
	}
	return obj
}

// projectNouns are what reaches a project stage.
var projectNouns = []string{"项目", "重点项目", "工程"}

// listTailObject: …电子商务 2个生产性服务业 — a short noun before a count
// is the end of a list; what follows the measure word is what is counted.
func (c *naming) listTailObject() bool {
	n := c.n
	if !c.countLike || n == "" || c.verb != "" || runeLen(n) > 4 || hasVerb(n) || genericNames[n] || strings.HasSuffix(c.cl.raw, "的") {
		return false
	}
	if obj := c.x.counted(c.q.End); runeLen(obj) >= 4 && !hasVerb(obj) {
		c.n = obj
		return true
	}
	return false
}

// verbAndAmount: 设立20亿元生物医药产业基金 — an amount after a bare verb
// is named by the verb and what follows.
func (c *naming) verbAndAmount() bool {
	if c.verb == "" || runeLen(c.n) > 3 || c.f.Kind != Level || genericNames[c.n] {
		return false
	}
	if obj := c.x.counted(c.q.End); runeLen(obj) >= 3 {
		c.n = c.verb + obj
		return true
	}
	return false
}

// countPredicate: 全区1人获得全省抗击新冠疫情先进个人 — a count with no
// subject is named by what it did, or is another count of the same unit.
func (c *naming) countPredicate() bool {
	if c.n != "" || !c.countLike {
		return false
	}
	if p := c.x.predicate(c.q.End); p != "" {
		c.n = p
		return true
	}
	if c.prev != nil && (c.prev.Unit == c.f.Unit || c.prev.Kind == Count && c.prev.NormUnit == c.f.NormUnit) {
		c.n = c.prev.Name // 常住人口21.2万人，比上年末减少3959人: the unit's scale may differ
		if stock := c.stockAfterNew(); stock != "" {
			c.n = stock
		}
		return true
	}
	return c.partOfSameUnit()
}

// reachWords alone before a count make it the total the things reached.
var reachWords = []string{"达", "达到", "累计达", "累计达到", "总数达", "总数达到", "共计", "共"}

// stockAfterNew: 其中，邹城新增19家，达252家 — a count that only says what the
// new ones brought the whole to is the whole's stock, not more new ones:
// when the new ones were named 新增 alone, the stock is named by the whole
// the paragraph counted before (规模以上工业企业个数达到1728家).
func (c *naming) stockAfterNew() string {
	p := c.prev
	if p.Kind != Count || !isAny(trimLeftSet(compact(c.cl.raw), "，,；;、"), reachWords) {
		return ""
	}
	rest, w := trimPrefixes(p.Name, newWords)
	if w == "" {
		return ""
	}
	if rest != "" {
		return "" // 新增高新技术企业49家，达到520家: the stages after name it 高新技术企业总数
	}
	whole := c.x.figureBefore(p.Start)
	if whole == nil || whole.Kind != Count || whole.NormUnit != c.f.NormUnit || runeLen(whole.Name) < 2 || hasPrefixAny(whole.Name, newWords) {
		return ""
	}
	return whole.Name
}

// annualOutput: 年产3000公斤艾普拉唑项目 is a yearly output of 艾普拉唑.
func (c *naming) annualOutput() bool {
	if c.f.Kind != Physical && c.f.Kind != Count {
		return false
	}
	if product := c.x.annualProduct(c.i, c.n); product != "" {
		c.n = product + "年产量"
		return true
	}
	return false
}

// lineCapacity: 100万吨铁精粉生产线, 年产2万吨锰合金、2.5万吨钛白粉生产线 — a
// physical amount written before a production line or a project measures
// what it is built to make: the facility's capacity, yearly when 年产 opens
// the list. A list names the facility once, after its last member.
func (c *naming) lineCapacity() bool {
	if c.f.Kind != Physical || containsAny(c.q.Unit, powerUnits) {
		return false // 26.9万千瓦光伏项目: power installed, not made
	}
	facility := c.x.facilityAfter(c.i)
	if facility == "" {
		return false
	}
	yearly := c.x.yearlyList(c.i)
	if yearly && strings.HasSuffix(facility, "项目") {
		return false // 年产3000公斤艾普拉唑项目: a project is named for its yearly output (annualOutput)
	}
	c.n = facility + "产能"
	if yearly {
		c.n = facility + "年产能"
	}
	return true
}

// powerUnits measure a plant's installed power (装机), not what it makes.
var powerUnits = []string{"瓦"}

// facilityWords end the name of something built to make a product.
var facilityWords = []string{"生产线", "项目"}

// capacityListReach bounds how many members of a list of capacities are
// read on for the facility written after the last.
const capacityListReach = 6

// facilityAfter is the production line or project named right after
// quantity i (铁精粉生产线), or after the last member of the list i opens
// or stands in (锰合金、钛白粉…生产线 gives 钛白粉生产线); "" when none.
func (x *extractor) facilityAfter(i int) string {
	own := x.counted(x.qs[i].End)
	for j := i; j < len(x.qs) && j-i < capacityListReach; j++ {
		obj := x.counted(x.qs[j].End)
		if obj == "" {
			return ""
		}
		for _, w := range facilityWords {
			if k := strings.Index(obj, w); k > 0 {
				if j == i {
					return obj[:k+len(w)]
				}
				return own + w
			}
		}
		if j+1 >= len(x.qs) || x.qs[j+1].Kind != x.qs[i].Kind || compact(x.s[x.qs[j].End:x.qs[j+1].Start]) != obj+"、" {
			return ""
		}
	}
	return ""
}

// yearlyList: 年产 opens the list of amounts quantity i stands in.
func (x *extractor) yearlyList(i int) bool {
	for j := i; j >= 0 && i-j < capacityListReach; j-- {
		if strings.HasSuffix(compact(x.s[max(0, x.qs[j].Start-12):x.qs[j].Start]), "年产") {
			return true
		}
		if j == 0 || x.qs[j-1].Kind != x.qs[i].Kind || !strings.HasSuffix(compact(x.s[x.qs[j-1].End:x.qs[j].Start]), "、") {
			return false
		}
	}
	return false
}

// rankAfterYi: 千业新材料以总分第一 — what a rank is in follows 以.
func (c *naming) rankAfterYi() bool {
	n := c.n
	if c.f.Kind != Rank {
		return false
	}
	if k := strings.LastIndex(n, "以"); k >= 0 && runeLen(n[k+len("以"):]) >= 2 && !hasPrefixAny(n[k+len("以"):], yiCompounds) {
		c.n = n[k+len("以"):]
	}
	return false
}

// shareOfPlan: 新增城镇就业人数完成年度目标任务的115% — the share is the
// subject's; what it is a share of is the plan.
func (c *naming) shareOfPlan() bool {
	n := c.n
	if c.f.Kind != Share {
		return false
	}
	if k := strings.LastIndex(n, "完成"); k > 0 && runeLen(n[:k]) >= 2 && hasPrefixAny(n[k+len("完成"):], planWords) {
		c.n = n[:k]
	}
	return false
}

// verbOfCount: 申报推荐国家高新技术企业16家…，其中新获批11家 — what a bare
// verb was done to is what the count before it counted.
func (c *naming) verbOfCount() bool {
	x := c.x
	if c.f.Kind != Count || bareVerb(c.n) == "" {
		return false
	}
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := x.out[x.sent[k]]
		if g.Kind != Count || g.Derived {
			continue
		}
		if obj := objectOf(g.Name); g.Unit == c.f.Unit && runeLen(obj) >= 2 {
			c.n += obj
			return true
		}
		break
	}
	return false
}

// moneyOfVerb: 现已到位4224.9万元, 争取1.2亿元 — money named by a bare verb
// is funds.
func (c *naming) moneyOfVerb() bool {
	if c.f.Kind == Level && c.f.NormUnit == "元" && (bareVerb(c.n) != "" || moneyVerbs[c.n]) {
		c.n += "资金"
		return true
	}
	return false
}
