package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// This file reads the words before a number: where the comparison starts,
// which verbs link the subject to it, what the subject is once time
// phrases, places and connectives are stripped.

// clause is what the words before a number say about it.
type clause struct {
	raw         string   // the segment before the number, blanks and dates removed
	name        string   // the subject left once verbs and noise are gone
	growthVerb  string   // 增长, 提高, 下降… right before the number
	share       bool     // 占…, 计划的…, …率
	comparison  string   // 较@, 高于全市, 比@: what the number is compared with
	compYear    bool     // the comparison is with a year (a date, 上年, 去年)
	compSign    int      // +1 higher, -1 lower
	fenbie      bool     // 分别: the numbers map to the subjects listed before
	listTail    bool     // the words before end a list (…和, …等): a count names what follows it
	members     []string // with fenbie, the names the subject lists (城镇…, 农村…)
	moreMembers []string // members with the last split at 和 too, for a longer list
	shareOf     string   // 占地区生产总值比重: the whole a listed subject's members are each a share of
}

// comparisonMarks open a comparison (比@提升, 高于全市).
var comparisonMarks = []string{"高于", "低于", "高出", "低出", "快于", "慢于", "较", "比", "超过", "超出"}

// notComparison are words that start with a comparison mark but are not one.
var notComparison = []string{"比重", "比例", "比赛", "比较", "比率", "较大", "较好", "较快", "较高", "较低", "较多", "较少", "较强", "较为", "比拼", "比学", "比创新", "比集约", "比质量", "比比看", "超额", "超过"}

// notComparisonBefore make a following 比 part of a word (同比, 环比, 对比,
// 占比, 可比价格, 评比).
var notComparisonBefore = []string{"同", "环", "对", "占", "可", "评"}

// parseClause reads the segment before a number.
func (x *extractor) parseClause(seg string, q quantity.Quantity) clause {
	c := clause{raw: seg}
	s := quarterRanges.Replace(seg)
	if q.Qualifier != "" {
		s = strings.TrimSuffix(s, q.Qualifier)
	}
	ranking := false
	if q.Kind == quantity.Rank {
		s, ranking = rankSubject(s)
	}
	s = respectively.Replace(s)
	c.fenbie = strings.Contains(s, "分别") || x.impliedPair(q)
	s = dropExclusion(s)
	s = c.cutComparison(s)
	if q.Kind == quantity.Percent {
		s = c.harvestRate(bracketedGrowth(s))
	}
	c.share = containsAny(strings.ReplaceAll(s, "增长率", ""), shareCues) || strings.HasSuffix(s, "的")
	s = dropHedges(c.stripLinks(s))
	s = pullWorded(c.shareSubject(s))
	cleaned := x.cleanName(s)
	if c.fenbie {
		c.members, c.moreMembers = x.subjectMembers(s)
		c.members, c.moreMembers = c.sharesOf(c.members), c.sharesOf(c.moreMembers)
	} else {
		c.members = groupMembers(cleaned) // 三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%
	}
	if c.name = cleaned; ranking {
		c.name = s // 全国百强县投资潜力: a ranking's name is whole
	}
	c.listTail = hasSuffixAny(seg, listJoiners) || strings.HasSuffix(c.name, "等")
	return c
}

// listJoiners end the words before a number that is the last of a list.
var listJoiners = []string{"和", "与", "及", "、"}

// comparisonLower are the words of a comparison that make it lower.
var comparisonLower = []string{"低于", "慢于", "下降", "减少", "回落", "降低", "少"}

// cutComparison cuts the comparison off the end of s (地区生产总值增速 |
// 高于全市) into c and returns the rest.
func (c *clause) cutComparison(s string) string {
	k := comparisonAt(s)
	if k < 0 {
		return s
	}
	c.comparison = s[k:]
	c.compYear = strings.Contains(c.comparison, "@") || containsAny(c.comparison, []string{"上年", "去年", "同期"})
	c.compSign = 1
	if containsAny(c.comparison, comparisonLower) {
		c.compSign = -1
	}
	for _, v := range growthVerbs {
		if strings.HasSuffix(c.comparison, v) {
			c.growthVerb = v
			break
		}
	}
	return s[:k]
}

// harvestRate takes a harvest verb off the end of s, or notes the one the
// comparison ends with (比上年增产2.0%), as the growth verb of a percentage.
func (c *clause) harvestRate(s string) string {
	if _, w := trimSuffixes(c.comparison, harvestVerbs); w != "" && c.growthVerb == "" {
		c.growthVerb = w
	}
	t, w := trimSuffixes(s, harvestVerbs)
	if w == "" {
		return s
	}
	if c.growthVerb == "" {
		c.growthVerb = w
	}
	return t
}

// shortGrowth takes a one-character growth verb off the end of s when it
// stands alone or after what compares (增11.8%, 同比降3%).
func shortGrowth(s string) (string, string) {
	t, w := trimSuffixes(s, shortGrowthVerbs)
	if w == "" || t != "" && !hasSuffixAny(t, shortGrowthAfter) {
		return s, ""
	}
	return t, w
}

// scopeEnds end the words before a number without being its subject (增速
// | 全市, 高于 | 平均水平).
var scopeEnds = []string{"@", "全市", "全省", "全国", "城区", "全区", "全市城区", "全省城区", "平均水平"}

// stripLinks takes what links the subject to the number off the end of s,
// noting a growth verb and 占 in c.
func (c *clause) stripLinks(s string) string {
	for n := 0; n < 8; n++ {
		if t, w := trimSuffixes(s, growthVerbs); w != "" {
			if c.growthVerb == "" {
				c.growthVerb = w
			}
			s = t
			continue
		}
		if t, w := shortGrowth(s); w != "" {
			if c.growthVerb == "" {
				c.growthVerb = w
			}
			s = t
			continue
		}
		if t, w := trimSuffixes(s, linkVerbs); w != "" && !hasSuffixAny(s, linkWordEnds) {
			c.share = c.share || w == "占"
			if a, adv := trimSuffixes(t, steadyAdverbs); adv != "" && a != "" {
				t = a // 粮食产量继续 | 保持
			}
			s = t
			continue
		}
		if t, ok := dropSameNote(s); ok {
			s = t
			continue
		}
		t, w := trimSuffixes(s, scopeEnds)
		if w == "" {
			break
		}
		if w == "@" && t == "前" {
			t = "" // 前三季度增长8.5%: 前 is the date's
		}
		s = t
	}
	return s
}

// notShareOf are words with 占 that do not open what a share is of (人均
// 占有粮食, 每千人占有卫生技术人员: what each has, no share).
var notShareOf = []string{"占比", "占有率", "占有", "占地"}

// shareOfPlace open a share of an area's or a local government's whole
// though they begin with 占地 (占地区生产总值的比重, 占地方一般公共预算收入的比重).
var shareOfPlace = []string{"占地区", "占地方"}

// shareSubject reads a share's subject around 占: 占年度计划的 — the subject
// is before 占; with nothing before it, the share is named by what it is a
// share of; 第三产业增加值占GDP比重 is named in full.
func (c *clause) shareSubject(s string) string {
	note, s := shareNote(shareScopeOff(s))
	if note != "" {
		c.share = true
		return note
	}
	k := strings.Index(s, "占")
	if k < 0 || hasPrefixAny(s[k:], notShareOf) && !hasPrefixAny(s[k:], shareOfPlace) {
		return s
	}
	c.share = true
	of := strings.ReplaceAll(s[k+len("占"):], "的", "")
	of = strings.TrimSuffix(strings.TrimSuffix(of, "比重"), "占比")
	switch {
	case k > 0 && hasSuffixAny(s, []string{"比重", "占比"}) && runeLen(s[k+len("占"):]) > 2:
		if full := s[:k] + "占" + of + "比重"; of != "" && runeLen(full) <= 16 {
			return full
		}
		if h := headOfName(s[:k]); h != "" && strings.HasSuffix(of, h) && runeLen(of) > runeLen(h) {
			// 高新技术产业增加值占规上工业增加值的比重: the whole's 增加值 is the part's
			if short := s[:k] + "占" + strings.TrimSuffix(of, h) + "比重"; runeLen(short) <= 16 {
				return short
			}
		}
		if of != "" {
			c.shareOf = "占" + of + "比重" // too long for a list; each member's is not
		}
		return s[:k]
	case k > 0:
		return s[:k]
	case of != "":
		return "占" + of + "比重"
	}
	return s
}

// shareScopeOff takes the date mark (@) and scope opening a share's part off
// (2022年全县第三产业增加值占地区生产总值的比重): the region and year say
// whose and when, and their characters must not make the full name too long
// to keep.
func shareScopeOff(s string) string {
	t := strings.TrimLeft(s, "@")
	if u, w := trimPrefixes(t, scopeOpeners); w != "" {
		t = u
	}
	if t != s && strings.Index(t, "占") > 0 {
		return t
	}
	return s
}

// sharesOf names each member of a listed subject by the whole it is a
// share of (第一、二、三产业增加值占地区生产总值的比重分别为…: 第一产业增加值
// 占地区生产总值比重), as a lone subject is named, when that is short enough.
func (c *clause) sharesOf(members []string) []string {
	if c.shareOf == "" {
		return members
	}
	for k, m := range members {
		if runeLen(m+c.shareOf) <= 16 {
			members[k] = m + c.shareOf
		}
	}
	return members
}

// comparisonAt finds where a comparison begins in s, or -1.
func comparisonAt(s string) int {
	best := -1
	for _, m := range comparisonMarks {
		from := 0
		for {
			k := index(s[from:], m)
			if k < 0 {
				break
			}
			k += from
			if !hasPrefixAny(s[k:], notComparison) && !(m == "比" && hasSuffixAny(s[:k], notComparisonBefore)) {
				if best < 0 || k < best {
					best = k
				}
				break
			}
			from = k + len(m)
		}
	}
	if j := framedComparison(s); j >= 0 && (best < 0 || j < best) {
		best = j
	}
	return best
}

// comparisonFrames close a comparison opened by a preposition (与去年同期
// 相比, 同上年比较); the opener, not the 比 inside the closer, starts it.
var (
	comparisonFrames  = []string{"相比", "比较", "对比"}
	comparisonOpeners = []string{"与", "和", "同", "跟"}
)

// framedComparison is where a framed comparison (与上年相比) starts in s,
// or -1.
func framedComparison(s string) int {
	for _, f := range comparisonFrames {
		e := lastIndex(s, f) // by the last byte (lastIndex), here and below: strings.LastIndex went back a byte at a time
		if e <= 0 || runeLen(s[e+len(f):]) > 6 {
			continue // 比较平稳: an adverb, far from the number
		}
		best := -1
		for _, o := range comparisonOpeners {
			j := lastIndex(s[:e], o)
			if j < 0 || runeLen(s[j:e]) > 12 || o == "同" && hasPrefixAny(s[j:], []string{"同期", "同比"}) {
				continue
			}
			best = max(best, j)
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if mayStart(s, w) && strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// cleanName strips time phrases, places, connectives and punctuation from
// the start of a subject and shortens a long one to its head.
func (x *extractor) cleanName(s string) string {
	if in := bracketPart(s); in != "" {
		s = in
	}
	s = dateRanges.Replace(dropParens(s))
	if k := lastIndexAnyOf(s, "|｜"); k >= 0 {
		s = trimLeftSet(s[k:], "|｜") // 数字 | GDP增速: a label, then the words
	}
	s = x.beforeFenbie(s)
	s = x.trimOpening(dropConcession(s))
	if hasSuffixAny(s, namePrepositions) && !strings.HasSuffix(s, "服从") {
		return "" // 森格材料公司从 | 全市26家企业中脱颖而出
	}
	if strings.HasSuffix(s, "在") && !hasSuffixAny(s, zaiWords) {
		s = strings.TrimSuffix(s, "在") // 经济总量在 | 全市排名第三位
	}
	s = dropConversion(methodNoise.Replace(innerNoise.Replace(s)))
	for _, j := range []string{"、", "和"} {
		if k := lastIndex(s, j); k >= 0 && genericNames[s[k+len(j):]] {
			s = s[k+len(j):] // 南水北调冯营水库、总投资; …物流基地项目和总投资13亿元的…
			break
		}
	}
	s = trimSet(s, "@、，,：:（）()“”\"《》的-—－")
	s = strings.ReplaceAll(s, "@", "")
	s = quoteMarks.Replace(s)
	if k := lastIndex(s, "的"); k > 0 && runeLen(s[k+len("的"):]) >= 4 && !contributionDe(s, k) {
		s = s[k+len("的"):] // 市里下达的 | 万元GDP能耗
	}
	s = dropInnerLink(s)
	s = categoryAfterDeng(s)
	if t, w := trimSuffixes(s, fareJudgements); w != "" && runeLen(t) >= 2 {
		s = t // 对欧盟、香港出口强劲，同比分别增长…: how it fared is no part of the name
	}
	if longerThan(s, 16) {
		s = x.headOf(s)
	}
	return s
}

// beforeFenbie cuts s at 分别 (清洁运输比例分别从年初的): the subject is
// before it; but when only times and a place are before it (济宁一、二、三季度
// 分别进出口177.9亿元、…), what is measured is written after it.
func (x *extractor) beforeFenbie(s string) string {
	k := strings.Index(s, "分别")
	if k <= 0 {
		return s
	}
	after, _ := trimPrefixes(s[k+len("分别"):], clauseVerbs)
	if strings.Contains(s[:k], "@") && trimSet(x.trimOpening(s[:k]), "@、，,和及 ") == "" && runeLen(after) >= 2 && !strings.ContainsAny(after, "@、") {
		return after
	}
	return s[:k]
}

// fareJudgements end a clause that says how an indicator fared (出口强劲,
// 消费回暖势头良好); the indicator is what precedes them.
var fareJudgements = byLength([]string{"强劲", "迅猛", "良好", "旺盛", "活跃", "势头强劲", "势头良好", "增势强劲", "增势良好", "持续向好", "稳中有升"})

// methodNoise says how a figure was computed (按可比价格计算, 初步核算),
// not what it measures.
var methodNoise = newWordReplacer("按可比价格计算", "", "按可比价计算", "", "按不变价格计算", "", "按不变价计算", "", "按现价计算", "",
	"按@不变价格计算", "", "按@年不变价格计算", "", "按@可比价格计算", "", // 按2020年不变价格计算
	"按可比口径计算", "", "按同口径计算", "", "按可比口径", "", // 增加值…，按可比口径计算同比增长34%
	"扣除价格因素", "", "初步核算", "", "据初步核算", "", "初步测算", "", "据初步测算", "", "同口径", "",
	"按可比价格", "", "按可比价", "", "按不变价格", "", "按不变价", "", // 按可比价增长7.2%
	"自然增幅", "增幅", // 收入3.5亿元，自然增幅2%，同口径…增幅6.1%: as it came, not adjusted (人口自然增长率 is a rate of its own)
	"可比价格", "", "可比价", "", "可比", "", // 农林牧渔业可比价总产值
	"按现价", "", "现价", "") // 规上工业总产值1818亿元，现价增长24.2%: at current prices, of the value before

// dropConversion takes a conversion (按2021年平均汇率计算, 按当年汇率折算)
// out of s: it says how a figure was converted, not what it measures.
func dropConversion(s string) string {
	k := strings.Index(s, "按")
	if k < 0 {
		return s
	}
	for _, end := range conversionEnds {
		e := strings.Index(s[k:], end)
		if e > 0 && runeLen(s[k:k+e]) <= 12 && containsAny(s[k:k+e], conversionBases) {
			return s[:k] + s[k+e+len(end):]
		}
	}
	return s
}

// conversionEnds close a conversion; conversionBases are what it converts by.
var (
	conversionEnds  = []string{"计算", "折算"}
	conversionBases = []string{"汇率", "价格", "价"}
)

// dateRanges: 1-7月, 2至5月份 are one span of time; segment marks each date
// of it with @. 2023年末, 2023年底 are one time too.
var dateRanges = newWordReplacer("@-@", "@", "@—@", "@", "@－@", "@", "@~@", "@", "@至@", "@", "@到@", "@", "@末", "@", "@底", "@")

// quarterRanges are ranges of quarters whose first is written without its
// 季度 (一至四季度: the date is only 四季度).
var quarterRanges = newWordReplacer("一至@", "@", "二至@", "@", "三至@", "@", "一到@", "@")

// namePrepositions cannot end a name: 班子成员对 | 26个区直部门.
var namePrepositions = []string{"对", "把", "将", "给", "从"}

// zaiWords end in 在 without it being the preposition (存在, 所在).
var zaiWords = []string{"存在", "所在", "现在", "正在", "实在", "自在"}

// zaiKeeps open names with 在 as a word of their own (在库项目, 在外务工,
// 在岗职工), not the preposition.
var zaiKeeps = []string{"在库", "在外", "在岗", "在校", "在建", "在营", "在册", "在职", "在园", "在读", "在线", "在孵"}

// trimOpening takes time phrases, connectives, places and dates off the
// start of s, as long as something is left.
func (x *extractor) trimOpening(s string) string {
	for n := 0; n < 12; n++ {
		t, w := x.openingWord(s)
		if w == "" {
			break
		}
		if t != "" && runeLen(t) < 2 && runeLen(w) <= 2 || hasPrefixAny(s, innerLinkKeeps) || hasPrefixAny(s, zaiKeeps) {
			break // 通过率, 完成投资: keep the word whole
		}
		if x.placeOwnsHead(s, t, w) {
			break // 玉林高新区产值: the zone is all that names the 产值
		}
		s = t
		if t == "" {
			break
		}
	}
	return s
}

// openingWord splits off the first word of s that is no part of a name,
// or returns s and "".
func (x *extractor) openingWord(s string) (string, string) {
	if hasPrefixAny(s, noiseKeeps) {
		return s, ""
	}
	r, _ := hanzi.DecodeRune(s)
	if t, w := trimPrefixes(s, noiseByFirst[r]); w != "" {
		if pt, pw := x.trimPlace(s); len(pw) > len(w) {
			return pt, pw // 和平区, 都江堰市, 共青城市: a place opening on a word of noise is the place
		}
		return t, w
	}
	if t, w := x.trimPlace(s); w != "" {
		if sightName(t, w) {
			return s, "" // 古田会议会址接待游客: the place is part of the sight's name
		}
		return t, w
	}
	if z := x.bareZone(s); z != "" {
		return s[len(z):], z
	}
	if t, w := trimPrefixes(s, []string{"@至@", "@到@", "前@", "@", "起", "份", "底", "-", "—"}); w != "" {
		return t, w
	}
	if p := placeAt(s); p != "" && len(s) > len(p) {
		return s[len(p):], p
	}
	return s, ""
}

// bareZone is the zone ending s opens with when it stands alone for the
// zone the report is about (示范区规上工业增加值增长14.3%: 全区), or "". A
// short ending (园区, 城区, 县域) opens names of its own (园区规上工业总产值).
func (x *extractor) bareZone(s string) string {
	if x.pl == nil || x.pl.g == nil {
		return ""
	}
	if z := x.pl.g.ZoneAt(s); runeLen(z) >= 3 && runeLen(s) > runeLen(z)+1 {
		return z
	}
	return ""
}

// noiseKeeps open names with a word of leadingNoise in them (其他服务业 is
// no 其 | 他服务业, 有色金属矿采选业 no 有 | 色金属…, 并网发电量 no 并 | 网…,
// 有效灌溉面积 no 有 | 效…). 计划 opens a plan
// (计划新建…) but 计划投资 is an indicator of its own, the investment
// planned, which project reports give beside the total and the investment
// done (总投资519.86亿元，当年计划投资63.27亿元; 重点项目104个，计划投资
// 93.68亿元，完成投资44.24亿元); so are the projects planned to start
// (7个计划开工项目完成投资1.43亿元).
var noiseKeeps = []string{"其他", "其它", "其余", "有色", "有机", "有线", "有效", "并网", "计划投资", "计划总投资", "计划完成投资", "当年计划投资", "计划开工", "计划新开工", "计划竣工"}

// innerLinks join a subject to its indicator (第一产业实现增加值,
// 公司完成营业收入) and are no part of the name.
var innerLinks = []string{"实现", "完成"}

// innerLinkKeeps are indicators named with the verb (重点项目完成投资: the
// investment done, not planned).
var innerLinkKeeps = []string{"完成投资"}

// sectorSubjects are short subjects that say whose the indicator after the
// link is (邮政实现业务总量1.67亿元 is 邮政业务总量, not any 业务总量), unlike
// 公司 or 全县, which the name leaves out; so does any industry (…业:
// 采矿业实现营业收入81.01亿元).
var sectorSubjects = []string{"邮政", "电信", "移动", "联通", "广电", "外贸", "旅游"}

// dropInnerLink: 公司实现营业收入 is 营业收入; 规模以上工业企业实现利润总额
// and 第一产业实现增加值 drop the verb.
func dropInnerLink(s string) string {
	for _, v := range innerLinks {
		k := lastIndex(s, v)
		if k <= 0 {
			continue
		}
		rest := s[k+len(v):]
		switch {
		case runeLen(rest) >= 4 && runeLen(s[:k]) <= 3 && !isAny(s[:k], sectorSubjects) && !strings.HasSuffix(s[:k], "业"):
			s = rest
		case hasPrefixAny(s[k:], innerLinkKeeps), hasPrefixAny(rest, planWords):
			// 完成年度投资计划的169%: a share of the plan (shareOfPlan)
		case runeLen(s[:k]) >= 2 && (runeLen(rest) >= 4 || headOfName(rest) == rest):
			s = dropLinkAdverb(s[:k]) + rest
		}
	}
	return s
}

// categoryAfterDeng: 争取…小巨人设备补助奖励等资金 names the category after
// 等, with the verb it opens with.
func categoryAfterDeng(s string) string {
	k := strings.LastIndex(s, "等")
	if k < 0 || k+len("等") >= len(s) || dengInWord(s, k) {
		return s // 中等职业学校: one word, no list closed
	}
	cat := s[k+len("等"):]
	verb := ""
	for _, v := range verbEnds {
		if strings.HasPrefix(s, v) && len(v) > len(verb) {
			verb = v
		}
	}
	if v := "争取"; strings.HasPrefix(s, v) {
		verb = v
	}
	for _, v := range verbEnds {
		if k := strings.Index(cat, v); k > 0 {
			cat, verb = cat[k:], "" // 等公司已获得政策性资金
			break
		}
	}
	return verb + cat
}

// headOf shortens a long subject to what follows its last action verb or
// 的: 坚持项目为王,强力实施 | …; …的 | 规上工业企业研发机构覆盖率.
func (x *extractor) headOf(s string) string {
	for _, fr := range []string{"为", "对", "在", "把", "将", "通过", "围绕", "向", "从", "联动"} {
		if fr == "对" && strings.Contains(s, "贡献") {
			continue // 第一产业对全县地区生产总值的贡献率: the part is the name's
		}
		if k := lastIndex(s, fr); k >= 0 && runeLen(s[k+len(fr):]) >= 4 {
			s = s[k+len(fr):]
		}
	}
	if runeLen(s) <= 16 || strings.Contains(s, "对") && strings.Contains(s, "贡献") && runeLen(s) <= 24 {
		return s
	}
	best := -1
	for _, v := range actionVerbs {
		k := lastIndex(s, v)
		if k >= 0 && hasPrefixAny(s[k:], innerLinkKeeps) {
			best = max(best, k) // …重大项目完成投资: the investment done is named with its verb
			continue
		}
		if k >= 0 && k+len(v) > best && runeLen(s[k+len(v):]) >= 2 {
			best = k + len(v)
		}
	}
	if k := lastIndex(s, "的"); k >= 0 && k+len("的") > best && runeLen(s[k+len("的"):]) >= 2 {
		best = k + len("的")
	}
	if best > 0 {
		s = s[best:]
	}
	if k := industryStart(s); k >= 0 {
		return s[k:] // 信息传输、软件和信息技术服务业营业收入: the industry whole
	}
	if longerThan(s, 16) {
		s = x.longNameCut(s)
	}
	return s
}

// dropParens removes parenthetical asides: 引进创新人才(团队).
func dropParens(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		for {
			i := strings.Index(s, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], p[1])
			if j < 0 {
				s = s[:i]
				break
			}
			s = s[:i] + s[i+j+len(p[1]):]
		}
	}
	return s
}

// splitSubjects splits a listed subject into n members: 接待游客数、旅游综合
// 收入 into its two names; 煤炭、钢铁、火电行业清洁运输比例 and 省、市重点项目,
// whose short members share the head written after the last one, into
// 煤炭行业清洁运输比例… and 省重点项目, 市重点项目. nil when s does not
// list n members.
func splitSubjects(s string, n int) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '与' || r == '及' })
	if len(parts) != n || n < 2 {
		return nil
	}
	whole := true
	for _, p := range parts {
		if runeLen(p) < 3 {
			whole = false
		}
	}
	if whole {
		return parts
	}
	// short members of one length, then the last member with the head
	l := runeLen(parts[0])
	if l > 2 {
		return nil
	}
	for _, p := range parts[:n-1] {
		if runeLen(p) != l {
			return nil
		}
	}
	last := []rune(parts[n-1])
	if len(last) < l+2 {
		return nil
	}
	head := string(last[l:])
	out := make([]string, n)
	if headOfName(head) == "" && !endsInFinal(head) && saysHowFared(head) {
		// 进口、出口双向发力: what follows the members is said of them
		copy(out, parts[:n-1])
		out[n-1] = string(last[:l])
		return out
	}
	for i, p := range parts[:n-1] {
		out[i] = p + head
	}
	out[n-1] = parts[n-1]
	return out
}

// predicateWords say how members fared (双向发力, 稳步增长), not what they are.
var predicateWords = []string{"发力", "增长", "提升", "回升", "向好", "下降", "回落", "加快", "放缓", "齐升", "并进"}

// saysHowFared: s says how things fared and names no action on a
// thing (重点项目完成年度投资计划 names one).
func saysHowFared(s string) bool { return !hasVerb(s) && containsAny(s, predicateWords) }

// exclusionLeads open a phrase that says what the figure leaves out (剔除
// 秦源煤业闭井等不可比因素, 扣除价格因素): how it was computed, not what it
// measures.
var exclusionLeads = []string{"剔除", "扣除"}

// dropExclusion removes such a phrase, up to its 因素, from s.
func dropExclusion(s string) string {
	for _, w := range exclusionLeads {
		k := strings.Index(s, w)
		if k < 0 {
			continue
		}
		j := strings.Index(s[k:], "因素")
		if j < 0 || runeLen(s[k:k+j]) > 24 {
			continue
		}
		end := k + j + len("因素")
		end += len(s[end:]) - len(strings.TrimPrefix(strings.TrimPrefix(s[end:], "影响"), "后"))
		return s[:k] + s[end:]
	}
	return s
}
