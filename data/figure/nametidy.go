package figure

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Word-level helpers on names: verbs in them, broken ends, places at
// their ends.

// trimPlace takes a place's name off the start of s (宿松县地区生产总值).
func (x *extractor) trimPlace(s string) (string, string) {
	if x.pl == nil || x.pl.g == nil {
		return s, ""
	}
	if r := x.a.Region; r != "" && strings.HasPrefix(s, r) {
		return s[len(r):], r // the article's own place as it writes it, even a zone the gazetteer lacks (经开区在全市排名第二)
	}
	head := s[:runeStart(s, min(len(s), 64))]
	if m, ok := x.pl.g.FindAt(head); ok {
		return s[m.End:], s[:m.End]
	}
	return x.trimLevelZone(s)
}

// trimLevelZone takes off the front of s a zone named by the level of its
// host (市开发区, 县经开区: the city's, the county's zone), a place the
// gazetteer cannot find by name.
func (x *extractor) trimLevelZone(s string) (string, string) {
	for _, l := range levelWords {
		if rest, ok := strings.CutPrefix(s, l); ok {
			if z := x.pl.g.ZoneAt(rest); z != "" {
				return rest[len(z):], s[:len(l)+len(z)]
			}
		}
	}
	return s, ""
}

// levelWords stand for the host of a zone by its level (市开发区).
var levelWords = []string{"市", "县", "区"}

// trimPlaceSuffix takes a place's name off the end of s (驻示范区).
func (x *extractor) trimPlaceSuffix(s string) (string, string) {
	if x.pl == nil || x.pl.g == nil {
		return s, ""
	}
	from := runeStart(s, max(0, len(s)-64))
	if ms := x.pl.g.Find(s[from:]); len(ms) > 0 && from+ms[len(ms)-1].End == len(s) {
		k := from + ms[len(ms)-1].Start
		return s[:k], s[k:]
	}
	return s, ""
}

// fragmentName: one character that is no word on its own (资, 值, 全).
func fragmentName(n string) bool {
	return !longerThan(n, 1) && runeLen(n) == 1 && !strings.Contains(singleNames, n)
}

// dropFirstAction keeps the second of two joined actions, when it is long
// enough to name (中小微企业并获低息贷款 → 获低息贷款). Every second action
// opens with 并: a name without one, most, is not searched six times.
func dropFirstAction(n string) string {
	if !strings.Contains(n, "并") {
		return n
	}
	for _, w := range secondActions {
		if k := lastIndex(n, w); k > 0 && runeLen(n[k+len("并"):]) >= 3 {
			return n[k+len("并"):]
		}
	}
	return n
}

// tidyName takes broken ends off a finished name.
func tidyName(n string) string {
	if k := strings.Index(n, "了"); k > 0 && !strings.HasPrefix(n[k:], "了解") && runeLen(n) > 3 {
		n = n[:k] + n[k+len("了"):] // 谋划上报了市级“十四五”规划项目
	}
	if strings.HasSuffix(n, "几") {
		return "" // 持续几 | 13位: a number word cut off
	}
	n = dropFirstAction(n)
	n = dropEmphasis(dropWhom(dropTotalAdverb(dropInnerDone(dropScopeLead(dropEachLead(n))))))
	if p, w := trimPrefixes(n, listMarkers); w != "" && runeLen(p) >= 2 {
		n = p
	}
	n = strings.TrimLeftFunc(n, circledNumber)
	for _, w := range fragmentOpeners {
		if strings.HasPrefix(n, w) && runeLen(n) >= 3 && !hasPrefixAny(n[len(w):], fragmentKeeps) {
			n = n[len(w):]
		}
	}
	for _, w := range doneAdverbs {
		if strings.HasPrefix(n, w) && runeLen(n)-runeLen(w) >= 2 {
			return n[len(w):] // 现已到位, 已审核
		}
	}
	return n
}

// dropWhom: 向金融机构推荐 — whom to is no part of the name.
func dropWhom(n string) string {
	p, _ := trimPrefixes(n, whomPrepositions)
	if p == n {
		return n
	}
	for _, v := range whomVerbs {
		if k := strings.Index(n, v); k > len(n)-len(p) {
			return n[k:]
		}
	}
	return n
}

// bareVerb returns the verb n consists of (新获批 gives 新获批), or "".
func bareVerb(n string) string {
	core := n
	for _, a := range bareVerbAdverbs {
		core = strings.TrimPrefix(core, a)
	}
	if bareVerbSet[core] || bareVerbSet[n] { // 新增 is a verb, not 新 before 增
		return n
	}
	return ""
}

// bareVerbSet holds verbEnds and bareVerbs: bareVerb asks it of names
// of counts and amounts, two look-ups instead of comparing each verb.
var bareVerbSet = func() map[string]bool {
	set := map[string]bool{}
	for _, v := range append(slices.Clone(verbEnds), bareVerbs...) {
		set[v] = true
	}
	return set
}()

// objectOf is what a name made of verbs and an object names, without the
// verbs before it: 申报推荐国家高新技术企业 gives 国家高新技术企业.
func objectOf(n string) string {
	for k := 0; k < 4; k++ {
		t, w := trimPrefixes(n, verbEnds)
		if w == "" {
			t, w = trimPrefixes(n, []string{"推荐", "申报", "新", "累计", "共"})
		}
		if w == "" {
			break
		}
		n = t
	}
	return n
}

// fromVerb drops who did it from a name made of a doer, a verb and what was
// done: 茁成生态农庄建成农业科技大棚 gives 建成农业科技大棚; 谋划实施重点项目,
// where the words before the verb are a verb too, stays whole. When the
// count is of people and the doer names them (城镇失业人员实现再就业6027人),
// the doer is what is counted: it stays, and only a link verb (实现, 完成)
// goes.
func fromVerb(s string, people bool) string {
	held := lastBytesIn(s)
	for _, v := range verbEnds {
		if !held.mayHold(v) {
			continue
		}
		k := index(s, v)
		if k <= 0 || runeLen(s[:k]) < 2 || runeLen(s[k+len(v):]) < 3 || hasVerb(s[:k]) {
			continue
		}
		if people && hasSuffixAny(s[:k], peopleDoers) {
			if isAny(v, innerLinks) {
				return s[:k] + s[k+len(v):]
			}
			return s
		}
		return s[k:]
	}
	return s
}

// peopleDoers end the words for a group of people that a count of people
// can be of (失业人员, 农村劳动力, 就业困难人员).
var peopleDoers = []string{"人员", "劳动力", "人口", "群众", "农民", "职工", "学生", "毕业生"}

func hasVerb(s string) bool {
	held := lastBytesIn(s)
	for _, v := range verbEnds {
		if held.mayHold(v) && index(s, v) >= 0 {
			return true
		}
	}
	return false
}

// trailingVerb returns the verb s ends with, or "".
func trailingVerb(s string) string {
	s = strings.TrimSuffix(s, "了")
	_, v := trimSuffixes(s, verbEnds) // indexed by last byte: every figure asks
	return v
}

func endsWithVerb(s string) bool { return s != "" && trailingVerb(s) != "" }

// trimPrefixesOnce takes the first of words that s starts with off it.
func trimPrefixesOnce(s string, words []string) string {
	t, _ := trimPrefixes(s, words)
	return t
}

// stripGeneric removes a generic attribute from the end of a name, the
// longest that fits (总投资, not 投资, from 花海广场总投资).
//
// The ends of s no longer than the longest generic name are looked up,
// longest first, from a byte that may open a character (every generic
// name opens with one): ranging over the map was a hundredth of Extract.
func stripGeneric(s string) string {
	for k := max(len(s)-genericMaxLen, 1); k < len(s); k++ {
		if !utf8.RuneStart(s[k]) {
			continue
		}
		if genericNames[s[k:]] {
			return s[:k]
		}
	}
	return s
}

// genericMaxLen is the length in bytes of the longest of genericNames.
var genericMaxLen = maxKeyLen(genericNames)

// maxKeyLen is the length of the longest key of m.
func maxKeyLen(m map[string]bool) int {
	n := 0
	for k := range m {
		n = max(n, len(k))
	}
	return n
}

func isPunct(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '、', '：', ':', '（', '(', '）', ')', '“', '”', '"', '！', '？', '《', '》', '—', '〝', '〞':
		return true
	}
	return r < utf8.RuneSelf && r != '_' && !(r >= '0' && r <= '9') && !(r|0x20 >= 'a' && r|0x20 <= 'z')
}

var (
	innerNoise = newWordReplacer("全年", "", "预计", "", "累计", "")
	quoteMarks = newWordReplacer("“", "", "”", "", "\"", "", "《", "", "》", "", "〝", "", "〞", "")
	timeWords  = strings.NewReplacer("全年", "", "上半年", "", "下半年", "", "月至月份", "", "年度", "", "年", "", "月份", "", "第三季度", "", "前三季度", "", "今年", "", "月至", "")
)

// circledNumber: ① ⑴ ⒈ ㈠ number the items of a list, in no name.
func circledNumber(r rune) bool {
	return r >= '①' && r <= '⒛' || r >= '㈠' && r <= '㈩'
}

// doneHeads are the indicators a subject "completes" or "realises" (第一产业
// 完成投资, 限额以上餐饮业完成营业额): the label is the subject's indicator,
// without the verb.
var doneHeads = []string{"投资", "营业额", "营业收入", "产值", "总产值", "增加值", "销售额", "零售额", "税收", "利润", "收入"}

// plannedWorks are what is planned and then completed.
var plannedWorks = []string{"项目", "工程", "计划", "任务"}

// actualDone qualify 完成 as against a plan: 实际完成投资 is the statistical
// term for the investment actually done, and without 完成 实际投资 reads as
// an investment in real terms.
var actualDone = []string{"实际"}

// dropInnerDone: 第一产业完成投资 is 第一产业投资 — 完成 or 实现 between a
// subject and its indicator says nothing the label needs; but the
// investment a project completes (重点项目完成投资) is its own measure.
func dropInnerDone(n string) string {
	for _, v := range []string{"完成", "实现"} {
		k := strings.Index(n, v)
		if k <= 0 || runeLen(n[:k]) < 2 || hasSuffixAny(n[:k], plannedWorks) || hasSuffixAny(n[:k], doneAdverbs) || hasSuffixAny(n[:k], actualDone) {
			continue // 重点项目完成投资: what projects complete is a measure of its own
		}
		if rest := n[k+len(v):]; isAny(rest, doneHeads) {
			return dropLinkAdverb(n[:k]) + rest
		}
	}
	return n
}

// scopeWholes end the whole a name's part is picked from (在总人口中男性人口为
// …, 规上工业企业中国有控股企业…).
var scopeWholes = []string{"人口", "企业", "行业", "工业", "产品", "项目", "单位"}

// dropScopeLead: 总人口中男性人口 is 男性人口 — the whole before 中 says
// where the part is counted, the part is the label.
func dropScopeLead(n string) string {
	k := strings.Index(n, "中")
	if k <= 0 || !hasSuffixAny(n[:k], scopeWholes) {
		return n
	}
	if rest := n[k+len("中"):]; runeLen(rest) >= 2 && !hasPrefixAny(rest, []string{"心", "小", "型", "等", "央", "介"}) {
		return rest
	}
	return n
}
