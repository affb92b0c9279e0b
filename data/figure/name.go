package figure

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// trimPlace takes a place's name off the start of s (宿松县地区生产总值).
func (x *extractor) trimPlace(s string) (string, string) {
	if x.pl == nil || x.pl.g == nil {
		return s, ""
	}
	if r := x.a.Region; r != "" && strings.HasPrefix(s, r) {
		return s[len(r):], r // 示范区在全市排名第二: the article's own zone
	}
	head := s[:runeStart(s, minInt(len(s), 64))]
	if ms := x.pl.g.Find(head); len(ms) > 0 && ms[0].Start == 0 {
		return s[ms[0].End:], s[:ms[0].End]
	}
	return s, ""
}

// trimPlaceSuffix takes a place's name off the end of s (驻示范区).
func (x *extractor) trimPlaceSuffix(s string) (string, string) {
	if x.pl == nil || x.pl.g == nil {
		return s, ""
	}
	from := runeStart(s, maxInt(0, len(s)-64))
	if ms := x.pl.g.Find(s[from:]); len(ms) > 0 && from+ms[len(ms)-1].End == len(s) {
		k := from + ms[len(ms)-1].Start
		return s[:k], s[k:]
	}
	return s, ""
}

// name decides what figure f (quantity i) measures, and leaves it empty
// rather than wrong when what is written before the number is a fragment.
func (x *extractor) name(i int, cl clause, f Figure) string {
	if fragmentName(cl.name) && f.Kind != Count && f.Kind != Physical {
		return "" // 资增长8.3%: OCR lost the start of 投资
	}
	if f.Kind == Share && (strings.HasPrefix(cl.raw, "为") || strings.HasPrefix(cl.raw, "是")) && strings.HasSuffix(cl.raw, "的") && len(x.sent) > 0 {
		// 一般公共预算收入完成15.6亿元，为预算的102.3%: the share is the
		// subject's, of what follows 为
		if prev := x.out[x.sent[len(x.sent)-1]]; prev.Name != "" && prev.Kind == Level {
			return prev.Name
		}
	}
	n := x.nameOf(i, cl, f)
	n = tidyName(n)
	if f.Kind == Physical || f.Kind == Count {
		if product := x.annualProduct(i, n); product != "" {
			return product + "年产量"
		}
	}
	if f.Kind == Rank {
		// 千业新材料以总分第一: what the rank is in follows 以
		if k := strings.LastIndex(n, "以"); k > 0 && runeLen(n[k+len("以"):]) >= 2 && !hasPrefixAny(n[k+len("以"):], []string{"上", "下", "内", "外", "来", "及", "后", "前"}) {
			n = n[k+len("以"):]
		}
	}
	if f.Kind == Share {
		// 新增城镇就业人数完成年度目标任务的115%: the share is the subject's;
		// what it is a share of is the plan
		if k := strings.LastIndex(n, "完成"); k > 0 && runeLen(n[:k]) >= 2 && hasPrefixAny(n[k+len("完成"):], []string{"年度", "全年", "目标", "计划", "任务", "预算", "市定", "省定"}) {
			n = n[:k]
		}
	}
	if f.Kind == Count && bareVerb(n) != "" {
		// 申报推荐国家高新技术企业16家，同比增长130%，其中新获批11家: what
		// the verb was done to is what the count before it counted
		for k := len(x.sent) - 1; k >= 0; k-- {
			g := x.out[x.sent[k]]
			if g.Kind != Count || g.Derived {
				continue
			}
			if obj := objectOf(g.Name); g.Unit == f.Unit && runeLen(obj) >= 2 {
				return n + obj
			}
			break
		}
	}
	if f.Kind == Level && f.NormUnit == "元" && (bareVerb(n) != "" || n == "到位" || n == "拨付" || n == "下达" || n == "投入") {
		return n + "资金" // 现已到位4224.9万元, 争取1.2亿元
	}
	if f.Kind == Count && i+1 < len(x.qs) {
		n = x.sharedHead(i, n)
	}
	if fragmentName(n) {
		return ""
	}
	return n
}

// sharedHead completes the first of two listed counts whose objects share
// a head written once: 68个省重点、320个市重点项目 gives 省重点项目;
// 5家国家级、8家省级孵化器 gives 国家级孵化器.
func (x *extractor) sharedHead(i int, n string) string {
	q, nq := x.qs[i], x.qs[i+1]
	if nq.Unit != q.Unit || n == "" {
		return n
	}
	obj := x.counted(q.End)
	if obj == "" || !strings.HasSuffix(n, obj) || compact(x.s[q.End:nq.Start]) != obj+"、" {
		return n
	}
	next := x.counted(nq.End)
	r, sz := utf8.DecodeLastRuneInString(obj)
	k := strings.IndexRune(next, r)
	if k < 0 || runeLen(obj) > 4 || runeLen(next[k+sz:]) < 2 || strings.Contains(obj, next[k+sz:]) {
		return n // 23家省级绿色工厂、15家省级智能工厂车间: two whole names
	}
	if r != '级' && !strings.HasSuffix(next[:k+sz], lastRunes(obj, 2)) {
		return n
	}
	return n + next[k+sz:]
}

// fragmentName: one character that is no word on its own (资, 值, 全).
func fragmentName(n string) bool {
	if runeLen(n) != 1 {
		return false
	}
	return !strings.Contains("村人户镇乡", n)
}

// fragmentOpeners end a word whose start was lost or belongs to the clause
// before (获|得资金支持, 完成|了): a name does not start with them.
var fragmentOpeners = []string{"得", "了", "着"}

// tidyName takes broken ends off a finished name.
func tidyName(n string) string {
	if k := strings.Index(n, "了"); k > 0 && !strings.HasPrefix(n[k:], "了解") && runeLen(n) > 3 {
		n = n[:k] + n[k+len("了"):] // 谋划上报了市级“十四五”规划项目
	}
	if strings.HasSuffix(n, "几") {
		return "" // 持续几 | 13位: a number word cut off
	}
	// 中小微企业并获低息贷款: the second of two actions
	for _, w := range []string{"并获得", "并获", "并实现", "并完成", "并带动", "并取得"} {
		if k := strings.LastIndex(n, w); k > 0 && runeLen(n[k+len("并"):]) >= 3 {
			n = n[k+len("并"):]
			break
		}
	}
	// 向金融机构推荐: whom to is no part of the name
	for _, p := range []string{"向", "对", "为", "给"} {
		if !strings.HasPrefix(n, p) {
			continue
		}
		for _, v := range []string{"推荐", "发放", "提供", "解决", "办理", "争取", "帮扶", "培训", "输送"} {
			if k := strings.Index(n, v); k > len(p) {
				n = n[k:]
				break
			}
		}
		break
	}
	for _, w := range fragmentOpeners {
		if strings.HasPrefix(n, w) && runeLen(n) >= 3 && !hasPrefixAny(n[len(w):], []string{"分", "票", "奖"}) {
			n = n[len(w):]
		}
	}
	for _, w := range []string{"现已", "目前已", "均已", "已经", "已", "正在"} {
		if strings.HasPrefix(n, w) && runeLen(n)-runeLen(w) >= 2 {
			n = n[len(w):] // 现已到位, 已审核
			break
		}
	}
	return n
}

// bareVerbAdverbs may come before a verb that stands alone as a name.
var bareVerbAdverbs = []string{"新", "再", "又", "还", "另"}

// bareVerb returns the verb n consists of (新获批 gives 新获批), or "".
func bareVerb(n string) string {
	core := n
	for _, a := range bareVerbAdverbs {
		core = strings.TrimPrefix(core, a)
	}
	for _, v := range verbEnds {
		if core == v {
			return n
		}
	}
	switch core {
	case "推荐", "审核", "提供", "办理", "输送", "获批":
		return n
	}
	return ""
}

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

// nameOf is name before its last checks.
func (x *extractor) nameOf(i int, cl clause, f Figure) string {
	q := x.qs[i]
	n := cl.name
	var prev *Figure
	if len(x.sent) > 0 {
		prev = &x.out[x.sent[len(x.sent)-1]]
	}
	// 投资25亿元的衡水泰华教育综合体项目, 库容8300万立方米的南水北调冯营水库
	if after := x.afterDe(q.End); after != "" && (n == "" || genericNames[n] || runeLen(n) <= 2) {
		return after + n
	}
	if prev != nil && prev.Kind == Count && prev.Name != "" && strings.HasPrefix(n, prev.Name) && len(n) > len(prev.Name) &&
		(runeLen(prev.Name) <= 2 || endsWithVerb(n[len(prev.Name):])) {
		n = n[len(prev.Name):] // 4个项目 | 项目争取国债资金
	}
	if f.Kind == Count || f.Kind == Physical {
		n = fromVerb(n) // 茁成生态农庄 | 建成农业科技大棚195座
	}
	if q.Kind == quantity.Duration && (n == "" || n == "用" || n == "仅用") {
		return "用时"
	}
	countLike := f.Kind == Count || f.Kind == Physical
	sameAsPrev := prev != nil && prev.Kind == Count && n != "" && n == prev.Name
	verb := trailingVerb(n)
	if f.Kind == Rank && (n == "获县组" || n == "县组" || n == "各县区" || n == "县区") {
		n = "" // 获县(市)组第一名: a scope, not a name
	}
	if t, w := x.trimPlaceSuffix(n); w != "" && f.Kind == Count {
		if n = t; runeLen(n) <= 1 {
			n = "" // 驻示范区10名…代表
		}
	}
	if f.Kind == Rank && (n == "" || n == "综合" || n == "总数") {
		if n == "综合" {
			return "综合排名"
		}
		if t := x.previousClauseTopic(x.sentStart, q.Start); t != "" && prev == nil {
			return t
		}
	}
	if countLike && (n == "" || emptyNames[n] || verb != "" || cl.listTail || sameAsPrev || strings.HasSuffix(cl.raw, "的") || strings.Contains(n, "、")) {
		obj := x.counted(q.End)
		if obj == "" && i+1 < len(x.qs) && compact(x.s[q.End:x.qs[i+1].Start]) == "" {
			obj = x.counted(x.qs[i+1].End) // 1702 户 6474人建档立卡贫困人口
		}
		if obj != "" {
			if verb != "" && !cl.listTail {
				return verb + obj
			}
			return obj
		}
	}
	if countLike && n != "" && verb == "" && runeLen(n) <= 4 && !hasVerb(n) && !genericNames[n] && !strings.HasSuffix(cl.raw, "的") {
		// …电子商务 2个生产性服务业: a short noun before a count is the end
		// of a list; what follows the measure word is what is counted
		if obj := x.counted(q.End); runeLen(obj) >= 4 && !hasVerb(obj) {
			return obj
		}
	}
	if verb != "" && runeLen(n) <= 3 && f.Kind == Level && !genericNames[n] {
		if obj := x.counted(q.End); runeLen(obj) >= 3 {
			return verb + obj // 设立20亿元生物医药产业基金
		}
	}
	if strings.HasPrefix(n, "总") && genericNames[n] {
		// 谋划项目282个…总投资1098亿元: the total of the things counted
		for k := len(x.sent) - 1; k >= 0; k-- {
			if g := x.out[x.sent[k]]; g.Kind == Count && g.Name != "" && !g.Derived {
				return strings.TrimPrefix(strings.TrimPrefix(g.Name, "新增"), "新认定") + n
			}
		}
		if prev != nil {
			if base := stripGeneric(prev.Name); base != prev.Name && base != "" {
				return base + n // 花海广场总投资…建设总面积
			}
			if (n == "总产量" || n == "总产值") && runeLen(prev.Name) >= 4 && !hasVerb(prev.Name) {
				return string([]rune(prev.Name)[:2]) + n // 粮食种植面积…，总产量: 粮食总产量
			}
		}
	}
	if strings.HasPrefix(n, "占") && strings.HasSuffix(n, "比重") && prev != nil && prev.Name != "" && !strings.HasPrefix(prev.Name, "占") {
		return prev.Name + n // 工业投资 | 占固定资产投资比重
	}
	if genericNames[n] && prev != nil && prev.Name != "" && (!strings.HasPrefix(n, "总") || prev.Kind == Count) {
		if gap := compact(x.s[prev.End:q.Start]); strings.HasPrefix(gap, "、") || strings.HasPrefix(gap, "，") || strings.HasPrefix(gap, ",") {
			if runeLen(gap) <= runeLen(n)+6 {
				// 花海广场总投资1亿元，建设总面积: 花海广场建设总面积
				base := strings.TrimPrefix(strings.TrimPrefix(prev.Name, "新增"), "新认定")
				if b := stripGeneric(base); b != base && strings.HasPrefix(base[len(b):], "总") && strings.Contains(n, "总") {
					base = b // one total does not name another
				}
				return base + n
			}
		}
	}
	if genericNames[n] {
		if obj := x.phraseAfter(q.End); runeLen(obj) >= 3 {
			return obj + n // 投资1700万元改造2所敬老院
		}
	}
	if (n == "" || emptyNames[n]) && prev != nil && !countLike && !(f.Kind == Level && prev.Kind == Count) {
		// …等6项行动，大力发展“三室”经济， 2.56亿元: money is no count's name
		if k := strings.Index(prev.Name, "占"); k > 0 && strings.HasSuffix(prev.Name, "比重") && f.Kind == Growth {
			return prev.Name[:k] // 总数…占全市总量的60%，同比增长100%: the growth of the total
		}
		return prev.Name
	}
	if n == "" && countLike {
		if p := x.predicate(q.End); p != "" {
			return p // 全区1人获得全省抗击新冠疫情先进个人
		}
		if prev != nil && prev.Unit == f.Unit {
			return prev.Name
		}
	}
	return n
}

// verbEnds are verbs a counted object can follow (改造88个老旧小区).
var verbEnds = []string{
	"新增", "新建", "建成", "改造", "完成", "实施", "引进", "创建", "培育", "打造", "解决", "处理", "收集",
	"帮扶", "签约", "谋划", "储备", "申报", "推荐", "认定", "获批", "开放", "建设", "举办", "组织", "邀请",
	"审核", "发现", "选聘", "划分", "培训", "接待", "涵盖", "入选", "登榜", "达成", "签订", "对接", "实现",
	"开工", "投产", "新改建", "整治", "建成开放", "召开", "表彰", "带动", "吸引", "发放", "减免", "匹配",
	"开展", "承接", "设立", "新设立", "引导", "拉动", "争取", "改扩建", "新建改扩建", "编制", "新设", "获得", "赢得",
}

var stopsByFirst = map[rune][]string{}

func init() {
	sortByLength(verbEnds)
	for _, w := range stopAfterCount {
		r, _ := utf8.DecodeRuneInString(w)
		stopsByFirst[r] = append(stopsByFirst[r], w)
	}
}

// fromVerb drops who did it from a name made of a doer, a verb and what was
// done: 茁成生态农庄建成农业科技大棚 gives 建成农业科技大棚; 谋划实施重点项目,
// where the words before the verb are a verb too, stays whole.
func fromVerb(s string) string {
	for _, v := range verbEnds {
		k := strings.Index(s, v)
		if k <= 0 || runeLen(s[:k]) < 2 || runeLen(s[k+len(v):]) < 3 || hasVerb(s[:k]) {
			continue
		}
		return s[k:]
	}
	return s
}

func hasVerb(s string) bool {
	for _, v := range verbEnds {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// trailingVerb returns the verb s ends with, or "".
func trailingVerb(s string) string {
	s = strings.TrimSuffix(s, "了")
	for _, v := range verbEnds {
		if strings.HasSuffix(s, v) {
			return v
		}
	}
	return ""
}

func endsWithVerb(s string) bool { return s != "" && trailingVerb(s) != "" }

// counted reads what a count counts, after its measure word: 18个贫困村.
func (x *extractor) counted(end int) string {
	t := x.s[end:minInt(len(x.s), end+90)]
	t = compact(t)
	if strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"") {
		// 两个“国家级”项目: a quoted modifier
		_, q0 := utf8.DecodeRuneInString(t)
		if k := strings.IndexAny(t[q0:], "”\""); k >= 0 && k < 30 {
			_, q1 := utf8.DecodeRuneInString(t[q0+k:])
			t = quoteMarks.Replace(t[:q0+k+q1]) + t[q0+k+q1:]
		}
	}
	t = strings.TrimLeft(t, "、")
	for _, q := range []string{"以上", "以下", "左右", "之多", "以内"} {
		if strings.HasPrefix(t, q) {
			return "" // 35亿斤以上: a bound, and what follows is another clause
		}
	}
	cut := len(t)
	for k := 0; k < len(t); {
		r, sz := utf8.DecodeRuneInString(t[k:])
		found := false
		for _, w := range stopsByFirst[r] {
			if !strings.HasPrefix(t[k:], w) {
				continue
			}
			if w == "、" && runeLen(t[:k]) < 2 {
				continue // 省、市重点项目
			}
			found = true
			break
		}
		if found {
			cut = k
			break
		}
		k += sz
	}
	for k, r := range t {
		if k >= cut {
			break
		}
		if (isPunct(r) && r != '、') || r >= '0' && r <= '9' {
			cut = k
			break
		}
	}
	if k := strings.Index(t[:cut], "的"); k < 0 && strings.HasPrefix(t[cut:], "的") {
		// 搁置多年的“断头路”: what is counted follows 的
		rest := quoteMarks.Replace(t[cut+len("的"):])
		end := len(rest)
		for j, r := range rest {
			if isPunct(r) || r >= '0' && r <= '9' {
				end = j
				break
			}
		}
		if runeLen(rest[:end]) >= 2 && runeLen(rest[:end]) <= 10 {
			return rest[:end]
		}
	}
	if cut == 0 {
		// 推荐68家符合“861金融暖春”行动条件的中小微企业: a clause that
		// qualifies what is counted, then 的 and the thing
		rest := quoteMarks.Replace(t)
		end := len(rest)
		for j, r := range rest {
			if isPunct(r) && r != '.' {
				end = j
				break
			}
		}
		if k := strings.LastIndex(rest[:end], "的"); k > 0 {
			obj := rest[k+len("的") : end]
			if j := strings.IndexFunc(obj, func(r rune) bool { return r >= '0' && r <= '9' || r == '并' || r == '和' || r == '及' }); j >= 0 {
				obj = obj[:j]
			}
			if runeLen(obj) >= 2 && runeLen(obj) <= 10 && !hasVerb(obj) {
				return obj
			}
		}
	}
	t = t[:cut]
	if runeLen(t) > 12 {
		t = headOf(t)
	}
	if runeLen(t) < 2 && t != "村" && t != "人" || genericNames[t] {
		return ""
	}
	return t
}

// stripGeneric removes a generic attribute from the end of a name, the
// longest that fits (总投资, not 投资, from 花海广场总投资).
func stripGeneric(s string) string {
	best := ""
	for g, ok := range genericNames {
		if ok && strings.HasSuffix(s, g) && len(s) > len(g) && len(g) > len(best) {
			best = g
		}
	}
	return strings.TrimSuffix(s, best)
}

// phraseAfter reads the rest of the clause after a number, leaving out the
// numbers in it and their measure words: 改造2所敬老院 gives 改造敬老院.
func (x *extractor) phraseAfter(end int) string {
	t := compact(x.s[end:minInt(len(x.s), end+60)])
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
		p = headOf(p)
	}
	return p
}

// predicate reads what follows a count up to the end of its clause.
func (x *extractor) predicate(end int) string {
	t := compact(x.s[end:minInt(len(x.s), end+90)])
	for _, q := range []string{"以上", "以下", "左右", "之多", "以内"} {
		if strings.HasPrefix(t, q) {
			return ""
		}
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
		t = headOf(t)
	}
	return t
}

// afterDe reads the noun after 的 right after a number: …亿元的健康元生物医药研究院.
func (x *extractor) afterDe(end int) string {
	if !strings.HasPrefix(x.s[end:], "的") {
		return ""
	}
	t := compact(x.s[end+len("的") : minInt(len(x.s), end+120)])
	cut := len(t)
	for k, r := range t {
		if isPunct(r) || r == '等' || r >= '0' && r <= '9' {
			cut = k
			break
		}
	}
	for _, w := range []string{"顺利", "签约", "正式", "开工", "加快", "项目建设", "通过", "落户", "两个", "已", "建成", "投产", "竣工", "落地", "开业", "投用"} {
		if k := strings.Index(t[:cut], w); k > 0 && k < cut {
			if w == "项目建设" {
				k += len("项目")
			}
			cut = k
		}
	}
	t = t[:cut]
	if runeLen(t) < 2 || runeLen(t) > 20 {
		return ""
	}
	return t
}

func isPunct(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '、', '：', ':', '（', '(', '）', ')', '“', '”', '"', '！', '？', '《', '》', '—':
		return true
	}
	return r < utf8.RuneSelf && r != '_' && !(r >= '0' && r <= '9') && !(r|0x20 >= 'a' && r|0x20 <= 'z')
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

var (
	innerNoise = strings.NewReplacer("全年", "", "预计", "", "累计", "")
	quoteMarks = strings.NewReplacer("“", "", "”", "", "\"", "", "《", "", "》", "")
	timeWords  = strings.NewReplacer("月至月份", "", "年", "", "月份", "", "第三季度", "", "前三季度", "", "今年", "", "月至", "")
)

// previousClauseTopic names a rank from the clause before it: 在1月至11月份
// 市重点项目建设综合考评中，示范区在全市排名第二.
func (x *extractor) previousClauseTopic(ss, pos int) string {
	cs := clauseStart(x.s, ss, pos)
	if cs <= ss {
		return ""
	}
	ps := clauseStart(x.s, ss, cs-1)
	t := compact(x.s[ps:cs])
	t = strings.TrimRight(t, "，,；;：:")
	t = strings.TrimPrefix(t, "在")
	for _, suf := range []string{"中", "上", "里"} {
		t = strings.TrimSuffix(t, suf)
	}
	var b strings.Builder
	for _, r := range t {
		if r >= '0' && r <= '9' {
			continue
		}
		b.WriteRune(r)
	}
	t = timeWords.Replace(b.String())
	t = x.cleanName(t)
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
