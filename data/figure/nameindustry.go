package figure

import "strings"

// Naming a bare indicator by the industry the clause before opens on: 全市
// 规模以上工业基本面进一步修复，增加值同比增长6.2% is the 规模以上工业's 增加
// 值; 装备和高技术制造业持续保持…，增加值同比分别增长1.5倍、1.3倍 are the two
// industries' (the list's members, as for any listed subject).

// industryIndicators are the indicators an industry has and a text may
// write without it when the clause before names it.
var industryIndicators = []string{"增加值", "总产值", "产值", "营业收入", "主营业务收入", "零售额", "销售额"}

// notIndustryEnds hold 业 without ending an industry's name: the word
// before it (就业, 营业) or after it (业务, 业态).
var (
	notIndustryBefore = []string{"就", "创", "营", "作", "毕", "企", "事", "专", "职", "学", "伟", "基", "功", "失"}
	notIndustryAfter  = []string{"务", "绩", "态", "主", "界", "余"}
)

// industryOpening is the industry's name t opens on, up to the first 业
// that ends one (规模以上工业 of 规模以上工业基本面进一步修复), or "".
func industryOpening(t string) string {
	for k := 0; ; {
		j := strings.Index(t[k:], "业")
		if j < 0 {
			return ""
		}
		j += k
		k = j + len("业")
		name := t[:k]
		if runeLen(name) < 2 || hasSuffixAny(t[:j], notIndustryBefore) || hasPrefixAny(t[k:], notIndustryAfter) {
			continue
		}
		return name
	}
}

// industryBefore is the industry the clause before quantity pos's opens
// on, when that clause holds no figure and says how the industry fared
// (全市规模以上工业基本面进一步修复), or "".
func (x *extractor) industryBefore(pos int) string {
	ss := x.sentStart
	cs := clauseStart(x.s, ss, pos)
	for n := 0; n < 2 && cs > ss; n++ {
		ps := clauseStart(x.s, ss, cs-1)
		for _, g := range x.sent {
			if e := x.out[g].End; e > ps && e <= cs {
				return "" // the clause has its own figure, which names it
			}
		}
		if strings.Contains(x.s[ps:cs], "\n") {
			return "" // 三、工业和建筑业\n…: a heading, not the subject
		}
		raw := trimSet(compact(x.s[ps:cs]), "，,；;：:")
		if hasPrefixAny(raw, sideRemarks) {
			cs = ps // 对全省工业增长带动作用进一步增强: said of the subject before
			continue
		}
		t := strings.TrimPrefix(x.trimOpening(raw), "其中")
		if hasPrefixAny(t, actionVerbs) || hasPrefixAny(t, verbEnds) {
			return "" // 坚持工业强县: an action, not a subject
		}
		if ind := industryOpening(t); ind != "" {
			return ind
		}
		return goodsOpening(t)
	}
	return ""
}

// goodsOpening is the class of goods t opens on, up to its 类 (汽车类 of 汽车
// 类商品稳定增长，实现零售额175.8亿元), or "": 各类, 分类 and the like are no
// class.
func goodsOpening(t string) string {
	k := strings.Index(t, "类")
	if k <= 0 {
		return ""
	}
	if name := t[:k+len("类")]; runeLen(name) >= 2 && !hasSuffixAny(t[:k], notGoodsBefore) {
		return name
	}
	return ""
}

// notGoodsBefore make 类 part of another word (各类, 分类, 大类).
var notGoodsBefore = []string{"各", "分", "种", "这", "此", "该", "门", "大", "中", "小", "几", "两", "三", "四", "五", "同", "归", "人"}

// sideRemarks open a clause that says what the subject before did for
// another (对全省工业增长带动作用…, 为全县经济…): its 业 is not the subject.
var sideRemarks = []string{"对", "为", "在", "比", "较", "占"}

// industryOfClauseBefore: see industryIndicators.
func (c *naming) industryOfClauseBefore() bool {
	if !isAny(c.n, industryIndicators) {
		return false
	}
	if ind := c.x.industryBefore(c.q.Start); ind != "" {
		c.n = ind + c.n
		return true
	}
	return false
}

// industryEnds end the names of industries; a listed industry written
// without one shares the last member's (装备和高技术制造业: 装备制造业).
var industryEnds = byLength([]string{"制造业", "加工业", "服务业", "工业", "产业", "行业"})

// industryMembers splits a name listing n industries before the indicator
// they share (装备和高技术制造业增加值) into each industry's, or nil.
func industryMembers(name string, n int) []string {
	parts := splitOn(name, "、和与及")
	if len(parts) != n || n < 2 {
		return nil
	}
	last := parts[n-1]
	ind := industryOpening(last)
	if ind == "" || len(ind) == len(last) {
		return nil
	}
	tail := last[len(ind):]
	_, end := trimSuffixes(ind, industryEnds)
	for k, p := range parts[:n-1] {
		switch {
		case strings.HasSuffix(p, "业"):
			parts[k] = p + tail
		case end != "" && runeLen(p) >= 2:
			parts[k] = p + end + tail
		default:
			return nil
		}
	}
	return parts
}
