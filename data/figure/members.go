package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/segment"
)

// This file reads a listed subject into its members: 固定资产投资、社会消费品
// 零售总额、全体居民人均可支配收入…分别增长7.6%、8.5%、9.2% lists three
// indicators for three numbers. Members often write the head they share
// once, after the last (城镇和农村居民人均可支配收入, 钢铁、化工、农副食品加工业
// 增加值, 蔬菜及食用菌、水果产量), or a pair word stands for two members
// (城乡居民人均可支配收入分别达31088元、13815元).

// indicatorHeads end the name of an indicator; members before the last
// that end in none of them share the last member's (钢铁、化工…增加值).
var indicatorHeads = byLength([]string{
	"增加值", "营业收入", "收入", "支出", "产量", "产值", "总产值", "投资", "总额", "人均可支配收入",
	"销售额", "零售额", "进出口额", "出口额", "进口额", "利润", "税收", "贷款", "存款", "增速", "产能",
	"面积", // 小麦面积和产量: an area is measured on its own, never a bare member
})

// industryWords stand between a listed industry and the head it shares
// (电气、计算机通信电子行业: 电气行业; 钢铁…加工业增加值: 钢铁业增加值).
var industryWords = []string{"行业", "产业", "业"}

// gradeMarks follow a one-character member that a list writes once for
// all (大、中、小型企业; 省、市、县级项目; 一、二、三类; 存、贷款; 进、出口).
const gradeMarks = "型级类款口"

// groupWords stand for members written as one (城乡 is 城镇 and 农村;
// 三次产业 the first, second and third industries).
var groupWords = map[string][]string{
	"城乡":   {"城镇", "农村"},
	"三次产业": {"第一产业", "第二产业", "第三产业"},
}

// gradedPair splits 金融机构存、贷款余额 into 金融机构存款余额 and 金融机构贷
// 款余额: two one-character members between what they share before (金融
// 机构) and after (款余额, opening on a grade mark); nil for any other s.
func gradedPair(s string) []string {
	k := strings.Index(s, "、")
	if k <= 0 || strings.Count(s, "、") != 1 {
		return nil
	}
	before, after := []rune(s[:k]), []rune(s[k+len("、"):])
	if len(before) < 3 || len(after) < 3 || !strings.ContainsRune(gradeMarks, after[1]) && !lightHeavy(before, after) {
		return nil
	}
	shared, tail := string(before[:len(before)-1]), string(after[1:])
	return []string{shared + string(before[len(before)-1]) + tail, shared + string(after[0]) + tail}
}

// groupSpelling returns s with 城、乡 written as the group word 城乡 when
// it lists the two members by their first characters (城、乡居民人均可支配
// 收入: 城镇 and 农村, not 城居民); 县城、乡镇 lists two other words.
func groupSpelling(s string) string {
	k := strings.Index(s, "城、乡")
	if k < 0 {
		return s
	}
	rest := s[k+len("城、乡"):]
	if hasPrefixAny(rest, []string{"镇", "村", "级", "街", "间"}) {
		return s
	}
	return s[:k] + "城乡" + rest
}

// groupMembers: 城乡居民人均可支配收入 is 城镇居民… and 农村居民…; nil when s
// opens with no group word.
func groupMembers(s string) []string {
	for w, members := range groupWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok || runeLen(rest) < 2 {
			continue
		}
		out := make([]string, len(members))
		for k, m := range members {
			out[k] = m + rest
		}
		return out
	}
	return nil
}

// subjectMembers splits a subject before 分别 into its members, each a
// full name; nil when it lists no members. more is the members once the
// last is split at 和, 及 or 与 too (农业、林业、蓄牧业和渔业增速), for a list
// of numbers one longer; nil when the last holds no such word.
func (x *extractor) subjectMembers(s string) (members, more []string) {
	verb := ""
	if k := strings.Index(s, "分别"); k >= 0 {
		verb = fenbieVerb(s[k+len("分别"):]) + fenbieIndicator(s[k+len("分别"):])
		s = s[:k]
	}
	members = x.listedMembers(s)
	if k := strings.LastIndex(s, "、"); k > 0 && len(members) >= 2 {
		if last := splitOn(s[k:], "和与及"); len(last) == 2 {
			more = x.listedMembers(s[:k] + "、" + strings.Join(last, "、"))
		}
	}
	for k := range members {
		members[k] += verb
	}
	for k := range more {
		more[k] += verb
	}
	return members, more
}

// tradeVerbs after 分别 say what each member's amount is (分别出口…亿元).
var tradeVerbs = []string{"进出口", "出口", "进口"}

// fenbieVerb is the verb after 分别 that the members' names end with
// (生猪、牛、羊分别出栏…: 生猪出栏), or "".
func fenbieVerb(after string) string {
	if p := pullOf(clause{raw: "分别" + after}); p != "" {
		return p // 第一、二、三产业分别拉动经济增长0.9、-0.6和1.4个百分点
	}
	for _, v := range stockVerbs {
		if strings.HasPrefix(after, v) {
			return v
		}
	}
	for _, v := range tradeVerbs {
		if strings.HasPrefix(after, v) {
			return v // 电工器材、…分别出口6360.6亿、…: 电工器材出口
		}
	}
	return ""
}

// listedMembers splits a listed subject into its members; see subjectMembers.
func (x *extractor) listedMembers(s string) []string {
	s = groupSpelling(listStripLinks(s))
	m := gradedPair(s)
	if m == nil {
		m = pairedMembers(s)
	}
	if m != nil {
		for k := range m {
			m[k] = x.cleanName(m[k])
		}
		return m
	}
	if m := ordinalMembers(s); m != nil {
		for k := range m {
			m[k] = x.cleanName(m[k])
		}
		return m
	}
	parts := classMembers(s)
	if parts == nil {
		parts = splitOn(s, "、")
	}
	if len(parts) < 2 {
		parts = splitOn(s, "、和与及")
	}
	if len(parts) < 2 {
		return groupMembers(x.cleanName(s))
	}
	parts[0] = afterAction(parts[0])
	if last := parts[len(parts)-1]; strings.Contains(last, "等") {
		// 新能源汽车、…、智能手机等升级消费类商品: 等 closes the list, the
		// class after it is all the members'
		if k := strings.LastIndex(last, "等"); k > 0 && runeLen(last[k+len("等"):]) >= 2 {
			parts[len(parts)-1] = last[:k] + headOfName(last[k+len("等"):]) // …烟酒类等商品零售额: 烟酒类零售额
		}
	}
	for k, p := range parts {
		parts[k] = x.cleanName(p)
		if parts[k] == "" {
			return nil
		}
	}
	return x.shareHead(parts)
}

func splitOn(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}

// shareHead completes the members that write no head of their own with
// the head written after the last.
func (x *extractor) shareHead(parts []string) []string {
	n := len(parts)
	last := parts[n-1]
	if tail := ownedRateTail(parts); tail != "" {
		for k := range parts[:n-1] {
			parts[k] += tail // 消费、投资、净出口对经济增长的贡献率
		}
		return parts
	}
	if tail := sharedTail(parts); tail != "" {
		for k := range parts[:n-1] {
			parts[k] += tail // 国有企业和股份制企业工业总产值
		}
		return parts
	}
	if head := x.sameLengthHead(parts); head != "" {
		for k := range parts[:n-1] {
			parts[k] += head // 城镇和农村居民…收入, 省、市重点项目
		}
		return parts
	}
	head := headOfName(last)
	firstHead := headOfName(parts[0])
	for k, p := range parts[:n] {
		switch {
		case k > 0 && (runeLen(p) <= 2 || bareIndicators[p]) && p == headOfName(p) && firstHead != "" && p != firstHead:
			// 一般公共预算收入和支出; 规模以上工业总产值、增加值、利润: a bare
			// head (never an indicator alone, unlike 出口额) takes the first's front
			parts[k] = strings.TrimSuffix(parts[0], firstHead) + p
		case k < n-1 && head != "" && headOfName(p) == "" && !endsInFinal(p):
			parts[k] = p + industryOf(last, head, p) + head // 钢铁、化工…增加值
		case k < n-1 && head == "" && !endsInFinal(p):
			if ind := industryOf(last, "", p); ind != "" {
				parts[k] = p + ind // 电气、计算机通信电子行业
			}
		}
	}
	return parts
}

// sameLengthHead is the head short members of one length share with the
// last, when the last starts with a word of that length (城镇、农村居民…:
// 居民人均可支配收入); "" otherwise.
func (x *extractor) sameLengthHead(parts []string) string {
	l := runeLen(parts[0])
	if l > 2 {
		return ""
	}
	for _, p := range parts[:len(parts)-1] {
		if runeLen(p) != l {
			return ""
		}
	}
	last := []rune(parts[len(parts)-1])
	if len(last) < l+2 {
		return ""
	}
	if l == 1 && strings.ContainsRune(gradeMarks, last[1]) {
		// 大、中、小型企业增加值: one character each, the grade mark after
		// the last (型) and all that follows are shared
		return string(last[1:])
	}
	if !isWord(string(last[:l])) || !isWord(string(last[l:l+2])) {
		return "" // 电气、计算机通信电子行业: 计算|机通 cuts a word
	}
	if h := headOfName(string(last)); h != "" && industryOf(string(last), h, "") != "" {
		return "" // 钢铁、化工、农副食品加工业增加值: industries share 业增加值
	}
	return string(last[l:])
}

// headOfName is the indicator head name ends with, or "".
func headOfName(name string) string {
	for _, h := range indicatorHeads {
		if strings.HasSuffix(name, h) {
			return h
		}
	}
	return ""
}

// industryOf is the industry word the last member writes before its head
// and member p lacks (业 of 农副食品加工业增加值 for 钢铁), or "".
func industryOf(last, head, p string) string {
	body := strings.TrimSuffix(last, head)
	if hasSuffixAny(p, industryWords) {
		return "" // 数字经济核心产业制造业、…战略性新兴产业增加值: 制造业 is an industry already
	}
	for _, w := range industryWords {
		if strings.HasSuffix(body, w) && !strings.HasSuffix(p, w) && runeLen(body) > runeLen(w) {
			return w
		}
	}
	return ""
}

// endsInFinal: the member ends like a name of its own (…率, …数, …额).
func endsInFinal(p string) bool {
	r := []rune(p)
	return len(r) > 0 && strings.ContainsRune(nameFinals, r[len(r)-1])
}

// afterAction is what follows the last action verb of the first member of
// a list after a preamble (…智能化发展带动 | 钢铁).
func afterAction(s string) string {
	best := -1
	for _, v := range actionVerbs {
		if k := strings.LastIndex(s, v); k >= 0 && runeLen(s[:k]) >= 4 && k+len(v) > best && runeLen(s[k+len(v):]) >= 2 {
			best = k + len(v)
		}
	}
	if best < 0 {
		return s
	}
	return s[best:]
}

// isWord: w is a word of the segmenter's dictionary (true without one).
func isWord(w string) bool {
	d := segment.Default().Dict()
	if d == nil {
		return true
	}
	_, ok := d.Freq(w)
	return ok
}

// memberAttributes are what a second list of numbers in the sentence says
// of each member of the first (…三业增加值分别增长15.9%、12.9%、11.5%,增长
// 贡献率达15.9%、21.2%、53.5%).
var memberAttributes = map[string]bool{
	"贡献率": true, "增长贡献率": true, "占比": true, "比重": true, "增速": true, "增幅": true,
	"总里程": true, "总量": true, "总规模": true, // 新增高速公路1317公里、一级公路2667公里，总里程分别达…
}

// attributeOfMember names an attribute of a listed member: the member
// without its indicator head, then the attribute (高技术制造业增加值,
// 增长贡献率: 高技术制造业增长贡献率).
func attributeOfMember(member, attr string) string {
	if strings.HasPrefix(attr, "总") {
		member = trimPrefixesOnce(member, newWords) // 新增高速公路 has a 高速公路总里程, not a 新增…总里程
	}
	if k := strings.Index(member, "占"); k > 0 && strings.HasSuffix(member, "比重") {
		member = member[:k] // 第一产业增加值占地区生产总值比重: the member is 第一产业增加值
	}
	return strings.TrimSuffix(member, headOfName(member)) + attr
}

// contributionOf is the attribute a clause that opens with 对 and names a
// contribution says of each member listed before (第一、二、三产业…,对经济增长
// 的贡献率分别为…: 对经济增长的贡献率), or "".
func contributionOf(cl clause) string {
	raw := trimLeftSet(compact(cl.raw), "，,；;、")
	if !strings.HasPrefix(raw, "对") || !strings.HasSuffix(cl.name, "贡献率") || strings.HasPrefix(cl.name, "对") {
		return ""
	}
	return "对" + cl.name
}

// contributionName names a listed member's contribution: the member's
// subject, less what it contributes to when it ends with it (国有企业工业
// 总产值, 对工业的贡献率: 国有企业对工业的贡献率) — unless the subject is a
// word of its own (重工业对工业的贡献率).
func contributionName(member, attr string) string {
	n := attributeOfMember(member, attr)
	subj := strings.TrimSuffix(n, attr)
	to := strings.TrimPrefix(attr, "对")
	k := strings.IndexAny(to, "的增")
	if k <= 0 || !strings.HasSuffix(subj, to[:k]) || isWord(subj) {
		return n
	}
	if rest := strings.TrimSuffix(subj, to[:k]); runeLen(rest) >= 2 {
		return rest + attr
	}
	return n
}

// growthEnds end the name of a rate that a growth figure is already
// (农业、林业…渔业增速分别为3.2%…-0.6%: 渔业).
var growthEnds = []string{"增速", "增幅", "增长速度"}

// grownMember names a growth figure of a listed member by what grows:
// the member without a rate word after it.
func grownMember(member string, k Kind) string {
	if k != Growth {
		return member
	}
	if t, w := trimSuffixes(member, growthEnds); w != "" && runeLen(t) >= 2 {
		return t
	}
	return member
}

// fenbieIndicator is the indicator written after 分别 and its link verb
// that each member's number measures (规上电气机械制造业、金属制品业和纺织行业
// 分别实现增加值…: 增加值), or "".
func fenbieIndicator(after string) string {
	t, _ := trimPrefixes(after, innerLinks)
	if h := headOfName(t); h != "" && h == t {
		return h
	}
	return ""
}

// sharedTail is what the last member writes after the word every other
// member ends with (国有企业和股份制企业工业总产值: 企业, then 工业总产值), or "".
func sharedTail(parts []string) string {
	r := []rune(parts[0])
	if len(r) < 3 {
		return ""
	}
	end := string(r[len(r)-2:])
	for _, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, end) {
			return ""
		}
	}
	last := parts[len(parts)-1]
	k := strings.LastIndex(last, end)
	if k <= 0 || k+len(end) == len(last) || headOfName(last[k+len(end):]) == "" {
		return "" // 基础设施投资和民生投资项目: 项目 names no indicator
	}
	return last[k+len(end):]
}
