package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// This file drops numbers that look like figures but are not statistics:
// the ordinals of meetings (十届五次全会, 第四次会议), the parts of a speech
// (报告分四个部分, 从六个方面), slogans counted in Chinese numerals (两个确保,
// 十个全覆盖), a newspaper's page (第 001 版), a bound that classifies (超100万
// 的省份) and a span (连续10个季度). What marks each is data, in
// the tables below.

// sessionAfter follow the ordinal of a session: 十届五次全会, 人大四次会议.
var sessionAfter = []string{"全会", "会议", "全体会议", "党代会", "代表大会", "常委会", "人代会", "大会"}

// sessionBefore precede it within a few characters: 十届, 十五届人大.
var sessionBefore = []string{"届", "届人大", "届政协", "届县委", "届市委", "届区委"}

// structureNouns are what a speech or document is divided into: counts of
// them describe the text, not the place.
var structureNouns = []string{"部分", "个部分", "方面", "个方面", "篇章", "章", "节", "板块"}

// sloganHeads follow a count in Chinese numerals that names a slogan or a
// programme (两个确保, 十个全覆盖, 四个争当, 三个必须): abstract nouns and verbs
// nobody counts.
var sloganHeads = []string{"确保", "全覆盖", "坚持", "争当", "必须", "维护", "务必", "自信", "意识",
	"走在前列", "加强", "突破", "发展", "攻坚战", "优先", "提升", "转变", "率先", "不动摇", "到位", "新",
	"大局", "大事", "事"}

// pageAfter follow a newspaper's page or issue: 第 001 版, 第3期.
var pageAfter = []string{"版", "期", "页"}

// boundQualifiers before a number and 的 after it classify: 出生人口超100万
// 的省份 is a kind of province.
var boundQualifiers = []string{"超", "超过", "突破", "破", "逾"}

// spanWords before a count of periods make it a span: 连续10个季度.
var spanWords = []string{"连续", "持续", "近", "最近", "过去"}

// ordinalNames follow an ordinal that is part of a name, alone or at the
// end of a list: 第一、第三产业增速提高; 产 alone is 产业 shortened (一、
// 二、三产投资分别增长, 一产增加值).
var ordinalNames = []string{"产业", "师", "产"}

// listedOrdinalsOff drops the ordinals listed after the first (、第三, 和第二,
// 、二).
func listedOrdinalsOff(after string) string {
	for {
		rest := trimLeftSet(after, "、和及与")
		if rest == after {
			return after
		}
		rest = strings.TrimPrefix(rest, "第") // 第一、二、三产业 writes 第 once
		r, n := hanzi.DecodeRune(rest)
		if !strings.ContainsRune("一二三四五六七八九十0123456789", r) {
			return after
		}
		after = rest[n:]
	}
}

// notFigure reports whether quantity q, of the kind kind, is one of the
// numbers above.
func (x *extractor) notFigure(q quantity.Quantity, kind Kind) bool {
	if x.namedNumber(q, kind) || x.turnIdiom(q) || x.thresholdList(q) || x.partOfName(q) || x.headlineBound(q) {
		return true
	}
	before := compact(x.s[max(0, q.Start-15):q.Start])
	before = strings.TrimRight(before, " ")
	after := compact(x.s[q.End:min(len(x.s), q.End+18)])
	switch kind {
	case Rank:
		return hasPrefixAny(after, pageAfter) && strings.HasPrefix(strings.TrimSpace(q.Text), "第") ||
			hasPrefixAny(listedOrdinalsOff(after), ordinalNames)
	case Count:
		return x.ordinalCount(q, before, after) || backReferenceCount(q, after) || x.sloganCount(q, after) || spanCount(q, before, after) || x.streakCount(q, after) || viewScope(before, after) || x.projectClass(q, after) ||
			x.rankedIndicatorCount(q) || programmeCount(q, before, after) || x.adminComposition(q) ||
			eventVenueCount(q, after)
	}
	return hasSuffixAny(before, boundQualifiers) && strings.HasPrefix(after, "的") && !isNumberAfterDe(after)
}

// isNumberAfterDe: 超过50%的增长 is still a growth when a figure follows 的.
func isNumberAfterDe(after string) bool {
	r, _ := hanzi.DecodeRune(strings.TrimPrefix(after, "的"))
	return r >= '0' && r <= '9'
}

// ordinalCount: 第四次会议, 十届五次全会, 报告分四个部分.
func (x *extractor) ordinalCount(q quantity.Quantity, before, after string) bool {
	if strings.HasSuffix(before, "第") {
		return true // 第四次: an ordinal, not a count
	}
	if q.Unit == "次" && (hasPrefixAny(after, sessionAfter) || hasSuffixAny(before, sessionBefore)) {
		return true
	}
	rest := after
	if q.Unit == "个" || q.Unit == "大" {
		rest = q.Unit + after
	}
	return q.Chinese && (hasPrefixAny(after, structureNouns) || hasPrefixAny(rest, structureNouns) ||
		strings.HasSuffix(q.Text, "部") && strings.HasPrefix(after, "分"))
}

// sloganCount: a count in Chinese numerals of an abstract noun (两个确保), or
// one of a list of such (五大突破、四个加强、三个新).
func (x *extractor) sloganCount(q quantity.Quantity, after string) bool {
	if !q.Chinese {
		return false
	}
	head := after
	if k := strings.IndexAny(head, "、，,；;。”\"）)"); k >= 0 {
		head = head[:k]
	}
	return matchAny(head, sloganHeads)
}

// spanUnits are the periods a span counts.
var spanUnits = []string{"季度", "年", "月", "周", "天"}

// spanCount: 连续10个季度 counted as a number of periods.
func spanCount(q quantity.Quantity, before, after string) bool {
	return hasSuffixAny(before, spanWords) && hasPrefixAny(after, spanUnits)
}
