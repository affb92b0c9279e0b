package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// The readers of the words after a number: what a count counts (18个 |
// 贫困村), what an amount with 的 measures (…亿元的 | 健康元生物医药研究院),
// what a clause goes on to say.

// counted reads what a count counts, after its measure word: 18个贫困村.
func (x *extractor) counted(end int) string {
	t := dropNounAside(unquoteModifier(x.wordsAfter(end, 90)))
	if nextItemLabel(t) {
		return "" // 霍山县34个、金寨县32个: 金寨县 labels the next number
	}
	t = trimLeftSet(t, "、")
	if hasPrefixAny(t, boundWords) {
		return "" // 35亿斤以上: a bound, and what follows is another clause
	}
	cut := countedEnd(t)
	if obj := specifiedObject(t, cut); obj != "" {
		return obj // 3条全长60公里的景观大道: the thing after the spec's 的
	}
	if !strings.Contains(t[:cut], "的") && strings.HasPrefix(t[cut:], "的") && !hasSuffixAny(t[:cut], ownerHeads) {
		// 搁置多年的“断头路”: what is counted follows 的
		if obj := nounAfter(t[cut+len("的"):]); obj != "" {
			return obj
		}
	}
	if cut == 0 {
		// 推荐68家符合“861金融暖春”行动条件的中小微企业: a clause that
		// qualifies what is counted, then 的 and the thing
		if obj := qualifiedObject(t); obj != "" {
			return obj
		}
	}
	beforeNumber := cut < len(t) && t[cut] >= '0' && t[cut] <= '9'
	t = trimRightSet(t[:cut], "、") // 北部3个乡、3.5万人: the next member is a number
	if g := stripGeneric(t); beforeNumber && g != t && runeLen(g) >= 2 {
		t = g // 42个项目总投资381.6亿元: the total names the number after it, not what is counted
	}
	if runeLen(t) > 12 && !unitWithCondition(t) {
		t = x.headOf(t) // a unit and its condition are kept whole: qualifiedUnits labels them
	}
	if runeLen(t) < 2 && !strings.Contains(singleNames, t) || genericNames[t] {
		return ""
	}
	return t
}

// nextItemLabel: after 、 a noun then a number is the next item of a list
// written label-before-number (二级医院499张、精神专科医院50张).
func nextItemLabel(t string) bool {
	rest, ok := strings.CutPrefix(t, "、")
	if !ok {
		return false
	}
	cut := countedEnd(rest)
	if cut == 0 || cut >= len(rest) {
		return false
	}
	r, _ := hanzi.DecodeRune(skipBracketNote(rest[cut:]))
	return r >= '0' && r <= '9'
}

// skipBracketNote skips a short note in brackets that opens s (the (站) of
// 社区卫生服务中心(站)46个, the (所、站) of 专科疾病防治院(所、站)2个).
func skipBracketNote(s string) string {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			if k := strings.Index(rest, b[1]); k >= 0 && k <= 30 {
				return rest[k+len(b[1]):]
			}
		}
	}
	return s
}

// unquoteModifier drops the quotes of a quoted modifier at the start of t
// (两个“国家级”项目).
func unquoteModifier(t string) string {
	if !strings.HasPrefix(t, "“") && !strings.HasPrefix(t, "\"") {
		return t
	}
	_, q0 := hanzi.DecodeRune(t)
	k := strings.IndexAny(t[q0:], "”\"")
	if k < 0 || k >= 30 {
		return t
	}
	_, q1 := hanzi.DecodeRune(t[q0+k:])
	return quoteMarks.Replace(t[:q0+k+q1]) + t[q0+k+q1:]
}

// countedEnd is where the noun at the start of t ends: at a word that
// starts the predicate (stopAfterCount), a mark or a digit.
func countedEnd(t string) int {
	for k := 0; k < len(t); {
		r, sz := hanzi.DecodeRune(t[k:])
		if isPunct(r) && r != '、' || r >= '0' && r <= '9' {
			return k
		}
		for _, w := range stopsByFirst[r] {
			if strings.HasPrefix(t[k:], w) && !(w == "、" && runeLen(t[:k]) < 2) && !stopInsideWord(t[:k], w) {
				return k // 省、市重点项目: a short 、 joins modifiers
			}
		}
		k += sz
	}
	return len(t)
}

// stopsInside are the characters before which a stop word is the end of
// another word: 均 of 平均 and 人均 is no adverb (16个市县一般预算收入增速超过
// 全省平均水平); 与 of 参与 is no "and" (1200名志愿者参与…); a stage after 计划
// or 新 is part of the counted noun (7个计划开工项目完成投资1.43亿元, 22个
// 新开工项目), not what was done to it.
var stopsInside = map[string]string{"均": "平人", "与": "参给", "开工": "划新", "投产": "划", "竣工": "划", "签约": "划新", "建成": "划"}

// stopInsideWord: the stop word w after before ends a word begun there.
func stopInsideWord(before, w string) bool {
	r, _ := hanzi.DecodeLastRune(before)
	return strings.ContainsRune(stopsInside[w], r)
}

// nounAfter is the noun at the start of t, up to a mark or a digit, when
// it has 2 to 10 characters.
func nounAfter(t string) string {
	t = quoteMarks.Replace(t)
	end := strayDigit(t)
	for j, r := range t[:end] {
		if isPunct(r) {
			end = j
			break
		}
	}
	if l := runeLen(t[:end]); l >= 2 && l <= 10 {
		return t[:end]
	}
	return ""
}

// qualifiedObject reads the thing after the last 的 of t's clause: 符合…条件的
// | 中小微企业.
func qualifiedObject(t string) string {
	rest := quoteMarks.Replace(t)
	end := len(rest)
	for j, r := range rest {
		if isPunct(r) && r != '.' {
			end = j
			break
		}
	}
	k := strings.LastIndex(rest[:end], "的")
	if k <= 0 {
		return ""
	}
	obj := rest[k+len("的") : end]
	if j := strings.IndexFunc(obj, func(r rune) bool { return r == '并' || r == '和' || r == '及' }); j >= 0 {
		obj = obj[:j]
	}
	obj = obj[:strayDigit(obj)]
	if l := runeLen(obj); l >= 2 && l <= 10 && !hasVerb(obj) {
		return obj
	}
	return ""
}

// strayDigit is where the first number in t that is no part of a word
// starts, or len(t): a number with a Latin letter or 强 after it names a
// grade (5A级旅游景区, 5G基站, 世界500强企业).
func strayDigit(t string) int {
	for j := 0; j < len(t); j++ {
		if t[j] < '0' || t[j] > '9' {
			continue
		}
		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k < len(t) && (t[k]|0x20 >= 'a' && t[k]|0x20 <= 'z' || strings.HasPrefix(t[k:], "强")) {
			j = k
			continue
		}
		return j
	}
	return len(t)
}

// wordsAfter is the text of the n bytes after end, without blanks, up to a
// blank line: the paragraph after it (a heading, the next line of a digest
// written a phrase a line) says nothing of the number before it.
func (x *extractor) wordsAfter(end, n int) string {
	t := x.s[end:min(len(x.s), end+n)]
	for k := 0; k < len(t); {
		j := strings.IndexByte(t[k:], '\n')
		if j < 0 {
			break
		}
		k += j + 1
		if rest := trimLeftSet(t[k:], " \t\r\u3000"); strings.HasPrefix(rest, "\n") {
			t = t[:k]
			break
		}
	}
	return compact(t)
}

// phraseAfter reads the rest of the clause after a number, leaving out the
// numbers in it and their measure words: 改造2所敬老院 gives 改造敬老院.
func (x *extractor) phraseAfter(end int) string {
	t := x.wordsAfter(end, 60)
	var b strings.Builder
	skip := false
	for _, r := range t {
		if r >= '0' && r <= '9' || r == '.' {
			skip = true
			continue
		}
		if skip {
			skip = false
			continue // the measure word after the number
		}
		if isPunct(r) {
			break
		}
		b.WriteRune(r)
	}
	p := b.String()
	if runeLen(p) > 12 {
		p = x.headOf(p)
	}
	return p
}

// predicate reads what follows a count up to the end of its clause.
func (x *extractor) predicate(end int) string {
	t := x.wordsAfter(end, 90)
	if hasPrefixAny(t, boundWords) {
		return ""
	}
	for k, r := range t {
		if isPunct(r) || r >= '0' && r <= '9' {
			t = t[:k]
			break
		}
	}
	if runeLen(t) < 2 {
		return ""
	}
	if runeLen(t) > 14 {
		t = x.headOf(t)
	}
	return t
}

// afterDe reads the noun after 的 right after a number: …亿元的健康元生物医药研究院.
func (x *extractor) afterDe(end int) string {
	if !strings.HasPrefix(x.s[end:], "的") {
		return ""
	}
	t := compact(x.s[end+len("的") : min(len(x.s), end+120)])
	if strings.HasPrefix(t, "是") {
		return "" // 排名第一的是大祥区: 的是 says who holds the rank, not what it measures
	}
	cut := len(t)
	for k, r := range t {
		if isPunct(r) || r == '等' || r >= '0' && r <= '9' {
			cut = k
			break
		}
	}
	for _, w := range afterDeStops {
		if k := strings.Index(t[:cut], w); k > 0 && k < cut {
			if w == "项目建设" {
				k += len("项目")
			}
			cut = k
		}
	}
	for _, j := range listJoiners {
		if k := strings.LastIndex(t[:cut], j); k > 0 && genericNames[t[k+len(j):cut]] {
			cut = k // …的龙凤堂物流基地项目和总投资13亿元的…: the next member's attribute
		}
	}
	t = t[:cut]
	if runeLen(t) < 2 || runeLen(t) > 20 {
		return ""
	}
	return t
}

// previousClauseTopic names a rank from the clause before it: 在1月至11月份
// 全市重点项目综合考评中，该县排名第二.
func (x *extractor) previousClauseTopic(ss, pos int) string {
	cs := clauseStart(x.s, ss, pos)
	if cs <= ss {
		return ""
	}
	ps := clauseStart(x.s, ss, cs-1)
	t := compact(x.s[ps:cs])
	t = trimRightSet(t, "，,；;：:")
	t = strings.TrimPrefix(t, "在")
	for _, suf := range []string{"中", "上", "里"} {
		t = strings.TrimSuffix(t, suf)
	}
	// 居民消费价格总指数为100.4，比上年上涨0.4%: the clause ends in a value
	// that is no figure (an index); the topic is what it is the value of
	if v := strings.TrimRight(t, "0123456789."); v != t && v != "" {
		t, _ = trimSuffixes(v, []string{"为", "达到", "达", "是"})
	}
	var b strings.Builder
	for _, r := range t {
		if r >= '0' && r <= '9' {
			continue
		}
		b.WriteRune(r)
	}
	t = timeWords.Replace(b.String())
	t = trimRecord(x.cleanName(t))
	if runeLen(t) < 3 {
		return ""
	}
	return t
}

// annualProduct is the product of a yearly output, or "":
// 年产3000公斤艾普拉唑项目 gives 艾普拉唑, 年产医用热转印膜4200万平方米 gives
// 医用热转印膜. Named by the maker before it (焦作丽珠合成制药有限公司年产…),
// the figure would say whose output it is but not of what.
func (x *extractor) annualProduct(i int, n string) string {
	q := x.qs[i]
	before := compact(x.s[max(0, q.Start-12):q.Start])
	if strings.HasSuffix(before, "年产") {
		obj := x.counted(q.End)
		if k := strings.Index(obj, "项目"); k >= 0 {
			obj = obj[:k] // 艾普拉唑项目鸟瞰图: the project is named for its product
		}
		obj = strings.TrimSuffix(obj, "等")
		if runeLen(obj) >= 2 && !hasVerb(obj) {
			return obj
		}
		return ""
	}
	if rest, ok := strings.CutPrefix(n, "年产"); ok && runeLen(rest) >= 2 && !hasVerb(rest) {
		return rest
	}
	return ""
}

// sharedHead completes the first of two listed counts whose objects share
// a head written once: 68个省重点、320个市重点项目 gives 省重点项目;
// 5家国家级、8家省级孵化器 gives 国家级孵化器.
func (c *naming) sharedHead() bool {
	x, i, n := c.x, c.i, c.n
	if c.f.Kind != Count || i+1 >= len(x.qs) {
		return false
	}
	q, nq := x.qs[i], x.qs[i+1]
	if nq.Unit != q.Unit || n == "" {
		return false
	}
	obj := x.counted(q.End)
	if obj == "" || !strings.HasSuffix(n, obj) || compact(x.s[q.End:nq.Start]) != obj+"、" {
		return false
	}
	next := x.counted(nq.End)
	r, sz := hanzi.DecodeLastRune(obj)
	k := strings.IndexRune(next, r)
	if k < 0 || runeLen(obj) > 4 || runeLen(next[k+sz:]) < 2 || strings.Contains(obj, next[k+sz:]) {
		return false // 23家省级绿色工厂、15家省级智能工厂车间: two whole names
	}
	if r != '级' && !strings.HasSuffix(next[:k+sz], lastRunes(obj, 2)) {
		return false
	}
	c.n = n + next[k+sz:]
	return false
}

// specifiedObject reads what a count counts when a spec with its own
// number stands between them (3条全长60公里的景观大道, 2座日处理能力1万吨
// 的污水处理厂): the noun after the spec's 的; "" when t[cut:] is no
// such spec.
func specifiedObject(t string, cut int) string {
	if cut >= len(t) || t[cut] < '0' || t[cut] > '9' || runeLen(t[:cut]) > 6 {
		return ""
	}
	rest := t[cut:]
	end := len(rest)
	for j, r := range rest {
		if isPunct(r) && r != '.' {
			end = j
			break
		}
	}
	k := strings.Index(rest[:end], "的")
	if k < 0 || runeLen(rest[:k]) > 10 {
		return ""
	}
	return nounAfter(rest[k+len("的"):])
}
