package figure

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// story is a run of an article about one place: a page of several news
// items (本报讯…) is about several.
type story struct {
	start, end int
	region     string
}

// storyMarks open a news item on a page of several (本报讯…, 又讯…).
var storyMarks = []string{"本报讯", "又讯"}

// findStories splits a page at each 本报讯 or 又讯 and gives each story the place
// it names most, when that is clearly more than the article's own.
func findStories(s string, pl *places, region string) []story {
	var starts []int
	for _, w := range storyMarks {
		eachIndex(s, w, func(k int) { starts = append(starts, k) }) // each mark found once: linear
	}
	sort.Ints(starts)
	if len(starts) < 2 {
		return nil
	}
	var out []story
	for n, st := range starts {
		end := len(s)
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		counts := map[string]int{}
		for _, m := range pl.at(st, min(end, st+4000)) {
			if name, code := pl.nameOf(m); code != "" && pl.level(m) != gazetteer.Town {
				counts[name]++
			}
		}
		best, bestN := region, counts[region]
		own := bestN
		for name, c := range counts {
			// another place leads the story only when named clearly more
			// often than the article's own (解放区 in a visit there)
			if c >= 2 && (c > bestN || c == bestN && name < best) && c >= own+2 {
				best, bestN = name, c
			}
		}
		out = append(out, story{st, end, best})
	}
	return out
}

// storyAt is the story holding pos. Stories follow each other in order,
// each ending where the next starts, so the last one starting at or before
// pos is the only one that can: a page of a 6 MB text has hundreds, and
// reading them all was asked for every figure.
func storyAt(stories []story, pos int) (story, bool) {
	i := sort.Search(len(stories), func(i int) bool { return stories[i].start > pos }) - 1
	if i < 0 || pos >= stories[i].end {
		return story{}, false
	}
	return stories[i], true
}

// townRef is a mention of a town: by name, or as 该镇 / 该街道 (then town
// is the town named last before it, or "").
type townRef struct {
	start, end int
	town       string
}

// townRefs lists the mentions of towns in the text, in order, found once:
// by name, or as 该镇 / 该街道 (then the town named last before it).
func (x *extractor) townRefs() []townRef {
	if x.towns != nil {
		return x.towns
	}
	x.towns = []townRef{}
	for _, m := range x.pl.mentions {
		if x.pl.level(m) == gazetteer.Town && !hasSuffixAny(x.s[max(0, m.Start-12):m.Start], townDestVerbs) {
			name, _ := x.pl.nameOf(m)
			x.towns = append(x.towns, townRef{m.Start, m.End, name})
		}
	}
	// the self words open with three characters: the text is read once for
	// each of those rather than once for each word, and the words found are
	// kept in the words' order, as the sort below was always given them
	var firsts []string
	for _, w := range townSelfWords {
		if _, n := hanzi.DecodeRune(w); !slices.Contains(firsts, w[:n]) {
			firsts = append(firsts, w[:n])
		}
	}
	at := make([][]int, len(townSelfWords))
	for _, first := range firsts {
		eachIndex(x.s, first, func(k int) {
			for i, w := range townSelfWords {
				if strings.HasPrefix(x.s[k:], w) {
					at[i] = append(at[i], k)
					return
				}
			}
		})
	}
	for i, w := range townSelfWords {
		for _, k := range at[i] {
			x.towns = append(x.towns, townRef{k, k + len(w), "@"})
		}
	}
	sort.Slice(x.towns, func(i, j int) bool { return x.towns[i].start < x.towns[j].start })
	last, lastAt := "", -1
	for i := range x.towns {
		if x.towns[i].town == "@" {
			x.towns[i].town = ""
			if lastAt >= 0 && x.towns[i].start-lastAt <= 3000 {
				x.towns[i].town = last
			}
			continue
		}
		last, lastAt = x.towns[i].town, x.towns[i].start
	}
	return x.towns
}

// townDestVerbs before a town make it where a project goes, not whose the
// text's figures are (海口再生资源综合利用基地项目落户甲子镇 in 琼山区's yearbook).
var townDestVerbs = []string{"落户", "落户于", "落地", "入驻", "进驻", "位于", "坐落于", "选址"}

// townSelfWords refer back to the town named last.
var townSelfWords = []string{"该镇", "全镇", "本镇", "该街道", "全街道", "本街道", "该乡", "全乡", "本乡"}

// townNearby is the town or street whose paragraph pos is in: the
// paragraph, or the one before it, calls it by name or as 该镇 / 该街道 (a
// story of a page of news: 宁郭镇召开5次党委会议 … 发现不符合任职资格人选9名).
func (x *extractor) townNearby(pos int) string {
	refs := x.townRefs()
	j := sort.Search(len(refs), func(i int) bool { return refs[i].end > pos }) - 1
	if j < 0 {
		return ""
	}
	own, _ := x.l.paragraph(pos)
	ps := own
	if ps > 0 {
		ps, _ = x.l.paragraph(ps - 1)
	}
	ps = max(ps, pos-1500)
	if refs[j].start < ps || strings.Contains(x.s[refs[j].end:pos], "本报") || x.selfAbove(refs[j].end, pos) {
		return "" // none near, or another story started since
	}
	if townListed(x.s, refs, j) {
		return "" // 桃源镇、震泽镇、平望镇、七都镇进展较好: the list's last is no story's town
	}
	if refs[j].start < own && strings.ContainsAny(x.s[ps:refs[j].start], "。；;") {
		// a town named late in the paragraph before (…龙湖镇排名第34位。) is one
		// item of it; only a town that paragraph opens on is its story's
		return ""
	}
	return x.lastTown(pos)
}

// lastTown is the town or street named last before pos, within a few
// paragraphs: 该镇的18个村 are 宁郭镇's.
func (x *extractor) lastTown(pos int) string {
	refs := x.townRefs()
	for j := sort.Search(len(refs), func(i int) bool { return refs[i].end > pos }) - 1; j >= 0; j-- {
		if refs[j].start < pos-3000 {
			break
		}
		if refs[j].town != "" {
			return refs[j].town
		}
	}
	return ""
}

// region says whose figure at offset pos is: the place its sentence names
// as the subject (the idx-th of places listed for a list of n values
// starting at listStart), else its town's, its story's, its topic's, else
// the article's.
func (x *extractor) region(pos, ss, idx, n, listStart int) string {
	sentence := ss
	ss = runeStart(x.s, max(ss, pos-300))
	if gapFigure(x.s, clauseStart(x.s, ss, pos), pos) {
		return x.textRegion(pos) // 与增幅最高的蒲县相差96.4个百分点: neither place's
	}
	best, scopeEnd := "", -1
	var owning []owner
	all := x.ownersIn(ss, pos)
	for _, o := range all {
		if scopeEnd >= 0 && scopeEnd <= o.start && trimSet(x.s[scopeEnd:o.start], "、和及与 ") == "" {
			scopeEnd = o.end // 高于全国、全区0.2、0.1个百分点: scopes listed
			continue
		}
		switch x.ownerRole(o, ss, pos) {
		case owns:
			best = o.owner
			owning = append(owning, o)
		case scopes:
			scopeEnd = o.end
		}
	}
	if name, ok := x.listOwner(owning, pos, idx, n, listStart); ok {
		return name
	}
	if name, ok := x.placeListOwner(pos, sentence, idx, n, listStart); ok {
		return name
	}
	if name, ok := x.subjectListOwner(pos, sentence, idx, n, listStart); ok {
		return name
	}
	for len(owning) > 0 && x.subClauseOwner(owning[len(owning)-1], ss, pos) {
		owning = owning[:len(owning)-1] // 全省…，其中兰州市增长8%，高技术制造业增长15%: back to the province
		best = ""
		if len(owning) > 0 {
			best = owning[len(owning)-1].owner
		}
	}
	if best != "" && x.sharedOwner(all, owning[len(owning)-1], ss, pos) {
		return "" // 渝北和长寿增速超过7%: both places' at once, neither's alone
	}
	if best != "" {
		return best
	}
	return x.textRegion(pos)
}

// textRegion is whose a figure is when its sentence names no owner: its
// town's, its story's, its topic's, else the article's.
func (x *extractor) textRegion(pos int) string {
	if t := x.townNearby(pos); t != "" {
		return t
	}
	if st, ok := storyAt(x.stories, pos); ok {
		return st.region
	}
	if chain := x.topicAt(pos); chain != nil {
		return chain[len(chain)-1].Name
	}
	return x.a.Region
}

// ownerRole is what a place or self word written before a figure is to it.
type ownerRole int

const (
	passes ownerRole = iota // neither: part of a name, a company, not in an owner's position
	owns                    // the figure is its (unless a later one owns it)
	scopes                  // a scope of comparison or rank (高于全国, 全省排名)
)

// rankWords after a place in its clause make it the scope of a rank
// (全省省级高新区排名再进位，居25位, b12; 全市排名第二).
var rankWords = []string{"排名", "排位", "位次", "排序"}

// scopeValue reports whether the figure at pos is the compared place's own
// value, written right after it: in brackets (快于全国水平(5.5%), a15), or
// as 平均 N 的水平 (高于全国平均5.3%的水平, b14); 高于全省平均水平1.3个百分点
// is the difference.
func (x *extractor) scopeValue(end, pos int) bool {
	gap := compact(x.s[end:pos])
	if g, w := trimSuffixes(gap, bracketVerbs); w != "" && (strings.HasSuffix(g, "(") || strings.HasSuffix(g, "（")) {
		gap = g // 第二位的泸州市(增12.1%): the verb inside the brackets
	}
	if strings.HasSuffix(gap, "(") || strings.HasSuffix(gap, "（") {
		return matchAny(trimRightSet(gap, "(（"), []string{"", "平均", "水平", "平均水平"})
	}
	if gap != "平均" {
		return false
	}
	rest := strings.TrimLeft(x.s[pos:min(len(x.s), pos+40)], "0123456789.%")
	return strings.HasPrefix(rest, "的水平")
}

func (x *extractor) ownerRole(o owner, ss, pos int) ownerRole {
	// a zone read back from its ending may begin before the window it was
	// found in (ss is at most 300 bytes before pos): the window then opens
	// where the zone's name does
	ss = min(ss, o.start)
	before := compact(x.s[max(ss, o.start-9):o.start])
	after := x.s[o.end:min(len(x.s), o.end+12)]
	if role, ok := x.plainRole(o, ss, pos, before, after); ok {
		return role
	}
	if hasPrefixAny(after, rankWords) && !hasSuffixAny(before, scopeVerbs) && ownerPosition(before) && x.pl.belowSubject(o.owner) {
		return owns // 酒泉、定西排名第二和第三 in 甘肃's report: the units ranked, not the scope
	}
	peer := comparedThrough(x.s, o.start) // 比第二位的泸州市
	scope := peer || hasSuffixAny(before, scopeVerbs) || scopeFollows(after)
	if scope && x.scopeValue(o.end, pos) {
		return owns
	}
	if peer || hasSuffixAny(before, scopeVerbs) || comparedAt(x.s, o.start) || neighbourAt(x.s, o.start) {
		return scopes // 高于全市, 总量首次超过肥东县
	}
	// 全省县域综合排名由2016年的第60名上升至2019年的第35名: the province's
	// counties are the rank's scope, the rank the report's county's
	if (x.pl.aboveName(x.hostOfZone(o.owner)) || x.pl.aboveName(o.host) || o.owner == "全国") && containsAny(x.s[o.end:clauseEnd(x.s, o.end, pos)], rankWords) {
		return scopes
	}
	if scope || strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")") || strings.HasPrefix(after, "人民") ||
		!x.ownerPlaced(before, o.start) && !headOfClause(before, after) && !x.titleBreakBefore(o.start) || !afterDateOK(x.s, ss, o.start) {
		return passes
	}
	return owns
}

// plainRole is the role a place's own words settle before any comparison
// is read: a name's part, a value in brackets, an example counted, a
// share's whole; ok is false when they settle nothing.
func (x *extractor) plainRole(o owner, ss, pos int, before, after string) (ownerRole, bool) {
	switch {
	case o.nameLike:
		return passes, true // 山西待见生物沙棘饮料, “福建省经济实力十强县”: part of a name
	case strings.HasSuffix(before, "驻") && strings.TrimSpace(x.s[o.end:pos]) == "":
		return owns, true // 驻X的N名代表, 驻县单位N家: people or units stationed in that place are its
	case matchAny(compact(x.s[o.end:pos]), []string{"(", "（"}):
		return owns, true // 其次是太湖县（6.5%）: a value in brackets right after a place is that place's
	case x.orgName(o.end):
		return passes, true // 湖南金荣集团 (b10), 中国民营企业500强: a company's name, not a place's figure
	case x.honourName(o):
		return passes, true // 获评全国文明城市、国家卫生县城等荣誉: the titles' words, not their owner
	case (o.host != "" || o.owner == "全国") && hasPrefixAny(after, wholeShareWords):
		return scopes, true // 五大支柱产业总产值全市占比达50.4%: the whole the zone's share is of
	case x.exampleOfCount(o.end, pos):
		return passes, true // 薛店电子信息产业园等124个项目, 兰州等5个市州: an example of the things counted, not their owner
	case bracketed(x.s, ss, o.start, pos):
		return passes, true // 沈阳市县域地区(包含康平县、法库县新民市)实现: what the zone holds
	}
	return passes, false
}

// wholeShareWords after a self word (全市, 全省) or 全国 make it the whole a
// share is of (全市占比达50.4%), not the share's owner; after a place's name
// (兰州占比35%) they say the place's own share, so only self words are read so.
var wholeShareWords = []string{"占比", "比重"}

// examplesCounted reports whether after, following a place or zone, makes
// it an example of things counted (薛店电子信息产业园等124个项目, 兰州等5个
// 市州): 等 and a number right after.
func examplesCounted(after string) bool {
	rest, ok := strings.CutPrefix(after, "等")
	if !ok {
		return false
	}
	r, _ := hanzi.DecodeRune(rest)
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两几", r)
}

// bracketed reports whether at lies inside brackets opened after from and
// closed before pos.
func bracketed(s string, from, at, pos int) bool {
	open := lastIndexAnyOf(s[from:at], "(（")
	if open < 0 || containsAnyOf(s[from+open:at], ")）") {
		return false
	}
	return containsAnyOf(s[at:pos], ")）")
}

// clauseEnd is where the clause holding from ends: at the next ，；。 or to.
func clauseEnd(s string, from, to int) int {
	if k := indexAnyOf(s[from:to], "，,；;。"); k >= 0 {
		return from + k
	}
	return to
}

func matchAny(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// orgEnds close the name of an organisation that starts with a place.
var orgEnds = []string{"公司", "集团", "有限", "银行", "医院", "大学", "学院", "学校", "研究院", "研究所", "协会", "商会", "合作社", "工厂", "厂",
	"日报", "晚报", "早报", "报社", "电视台", "新闻网", "融媒体中心", "客户端", "家园网", "管委会", "党工委"}

// orgEndBytes are the last bytes of orgEnds: orgName asks for an ending
// after each of ten characters, and most end with none of them.
var orgEndBytes = lastByteSet(orgEnds)

// orgName reports whether the place ending at end begins an organisation's
// name: an org ending follows within ten characters, with no punctuation.
func (x *extractor) orgName(end int) bool {
	n := 0
	for k := end; k < len(x.s) && n < 10; n++ {
		r, sz := hanzi.DecodeRune(x.s[k:])
		if !hanzi.IsHan(r) {
			return false
		}
		k += sz
		if orgEndBytes.has(x.s[k-1]) && hasSuffixAny(x.s[end:k], orgEnds) {
			return true
		}
	}
	return false
}

// nameLike reports a place mention that opens the name of something else:
// after an opening quote (“福建省经济实力十强县”), or a short form of a
// place above the article's followed straight by more name (山西待见生物,
// 湖南万橡二期项目) rather than by its figures.
func (x *extractor) nameLike(m gazetteer.Mention) bool {
	before := strings.TrimRight(x.s[max(0, m.Start-6):m.Start], " ")
	if strings.HasSuffix(before, "“") || strings.HasSuffix(before, "《") || strings.HasSuffix(before, "\"") {
		return true
	}
	if !m.Short || hasPrefixAny(x.s[m.End:], shortOwnerNext) {
		return false
	}
	if x.pl.aboveSubject(m) {
		return true
	}
	// 天津大桥税收过千万元 (b15), 上海大众配套园 (b16), 天心种业获评 (b12): a
	// short form of a place outside the article's province, run on into
	// more name, is a company's or a brand's name
	r, _ := hanzi.DecodeRune(x.s[m.End:])
	return hanzi.IsHan(r) && x.pl.elsewhere(m) && !x.fullNameBefore(m)
}

// shortOwnerNext may follow a short place name that owns a figure: 湖南经
// 济, 山西全省, 云南，.
var shortOwnerNext = []string{"，", ",", "。", "、", "全省", "全市", "经济", "地区生产总值", "GDP", "实现", "完成", "共", "累计",
	"增长", "下降", "同比", "增速", "增幅", "生产总值", "规上", "规模以上", "固定资产投资", "社会消费品", "一般公共预算", "居民人均",
	"则", "也", "仍", "均", "以"} // 福建则增长了11.3%, 广东以50501.17亿元领跑: an adverb or 以 goes on to the place's figure

// owner is a word that may say whose a figure is: a place's name or a self
// word (全县, 该镇) resolved to its place.
type owner struct {
	start, end int
	owner      string
	nameLike   bool   // the place opens a name: in quotes, or a short form of a place above the article's
	host       string // a self word's place when a zone follows it (全省县域: 黑龙江省)
}

// ownersIn lists the owners written in [from, to), in order.
func (x *extractor) ownersIn(from, to int) []owner {
	var out []owner
	var prev gazetteer.Mention
	for _, m := range x.pl.at(from, to) {
		if m.End > to {
			continue
		}
		name, _ := x.pl.nameOf(m)
		o := owner{start: m.Start, end: m.End, owner: name, nameLike: x.nameLike(m)}
		if n := len(out); n > 0 && x.pl.hostPair(x.s, prev, m) {
			o.start = out[n-1].start // 宝鸡市凤县: one owner, the county, where the city's name starts
			out = out[:n-1]
		}
		out = append(out, o)
		prev = m
	}
	var national []owner
	for _, h := range x.selfHitsIn(from, to) {
		end := h.pos + len(h.word)
		switch {
		case h.town:
			if t := x.lastTown(h.pos); t != "" {
				out = append(out, owner{start: h.pos, end: end, owner: t})
			}
		case h.back:
			if name := x.lastPlace(h.pos); name != "" {
				out = append(out, owner{start: h.pos, end: end, owner: name})
			}
		case h.isNational():
			national = append(national, owner{start: h.pos, end: end, owner: "全国"})
		default:
			name := x.selfOwner(h.pos, h.word, h.endings)
			if name == "" {
				if plainSelfWord(h.word) {
					out = append(out, owner{start: h.pos, end: end, owner: unknownSelf})
				}
				continue
			}
			host := name
			if z := x.pl.zoneAt(x.s[end:to]); z != "" && !x.pl.ownWhole(name, z) {
				name, end = name+z, end+len(z) // 全市县域地区: the city's county domain (a14)
			}
			out = append(out, owner{start: h.pos, end: end, owner: name, host: host})
		}
	}
	out = append(out, x.bareZones(from, to, out)...)
	out = append(out, x.zoneRefs(from, to, out)...)
	out = append(out, national...)
	// slices.SortFunc runs the same pdqsort as sort.Slice (equal starts end
	// in the same order) without the reflection and closure sort.Slice
	// allocates for every figure
	slices.SortFunc(out, func(a, b owner) int { return a.start - b.start })
	return out
}

// eachIndex calls fn with the offset of each occurrence of w in s, in order.
func eachIndex(s, w string, fn func(k int)) {
	for i := 0; ; {
		k := index(s[i:], w)
		if k < 0 {
			return
		}
		fn(i + k)
		i += k + len(w)
	}
}

// selfOwner is the place a self word (全市, 我县) at pos names: the place
// of the topic's chain or else the subject's whose name ends as the word's
// kind; the zone as written when it is the subject's own; or the region the
// catalogue names when the gazetteer does not know it.
func (x *extractor) selfOwner(pos int, w string, endings []string) string {
	if chain := x.topicAt(pos); chain != nil {
		if pl, ok := selfIn(chain, endings); ok {
			return pl.Name
		}
	}
	if pl, ok := x.pl.selfPlace(w); ok {
		if x.pl.zone != "" && pl.Code == x.pl.subject[len(x.pl.subject)-1].Code {
			return x.pl.zone
		}
		return pl.Name
	}
	if name := x.sentenceSelfPlace(pos, endings); name != "" {
		return name
	}
	if len(x.pl.subject) == 0 && x.a.Region != "" && strings.HasSuffix(x.a.Region, endings[0]) {
		return x.a.Region
	}
	if len(x.pl.subject) == 0 {
		return x.townsHost(endings) // 野人谷镇杜川村…全县: the towns' county
	}
	return ""
}

// rankScope finds 全市, 全省, 全国 or 城区 before a rank, or the scope of
// the rank listed before it (位居全省第4、第5).
func (x *extractor) rankScope(q quantity.Quantity, ss int) string {
	cs := clauseStart(x.s, ss, q.Start)
	pre := compact(x.s[max(cs, q.Start-30):q.Start])
	if sc := scopeIn(pre); sc != "" {
		return sc
	}
	for k := len(x.sent) - 1; k >= 0; k-- {
		if f := x.out[x.sent[k]]; f.Kind == Rank && f.RankScope != "" {
			if strings.TrimSpace(compact(x.s[f.End:q.Start])) == "、" {
				return f.RankScope
			}
		}
	}
	return ""
}

// scopeIn returns the rank scope written last in s.
func scopeIn(s string) string {
	best, at := "", -1
	for _, sc := range rankScopes {
		if k := lastIndex(s, sc); k > at {
			best, at = sc, k
		}
	}
	if best == "全市" || best == "全省" {
		// 全市城区第一: among the districts
		if strings.Contains(s[at:], "城区") {
			return "城区"
		}
	}
	return best
}

// ownerPosition reports whether a place after these words is the subject
// of its clause: at its start, after a time phrase or a connective.
func ownerPosition(before string) bool {
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	if isPunct(r) || r >= '0' && r <= '9' {
		return true
	}
	return hasSuffixAny(before, []string{"年", "月", "日", "来", "间", "其中", "全年", "同时", "此外", "目前", "截至目前", "底", "份", "在", "今年", "去年", "当年", "中", "此次", "本次", "据统计", "了解", "的是", "还有", "季度", "讯", "电", "获悉", "比如", "例如", // 比如福建晋江，去年GDP达到2900多亿元: the example is the subject
		"而", "但",
		"百分点", "亿元", "万元"}) // 4.7个百分点法库县实现: a page that dropped the stop after a figure
}

// runeStart moves i forward to the start of a rune.
func runeStart(s string, i int) int {
	for i < len(s) && i > 0 && s[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

// notPlaces end in 市, 县, 区 or 省 without being places. Set once, read only.
var notPlaces = wordSet(`城区 市区 园区 社区 辖区 景区 片区 校区 小区 街区 厂区 矿区 林区 山区 老区 库区 城市
		超市 上市 都市 股市 楼市 门市 全市 本市 我市 该市 各市 全县 本县 该县 各县 全区 本区 该区 各区
		全省 本省 该省 各省 外省 两区 城区 郊区 农区 牧区 灾区 试验区 示范区 集聚区 开发区 自贸区 保税区 新区 功能区
		服务区 风景区 核心区 先行区 重点区 主城区 市县区 县区 县市 省市 夜市 集市 开市 复市 闭市 建市 入市 面市 上市
		棚户区 保护区 住宅区 安置区 生活区 办公区 地区`) // 占地区生产总值的比重: no one-character place is a 地区

// wordSet is the set of the blank-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// placeAt returns the place at the start of s when it is two characters
// and 市, 县, 区 or 省 (洛阳市, 金水区), and "" otherwise.
func placeAt(s string) string {
	n, end := 0, 0
	for k, r := range s {
		if n == 2 {
			if r == '市' || r == '县' || r == '区' {
				end = k + utf8.RuneLen(r)
			}
			break
		}
		if r < 0x4E00 || r > 0x9FFF || r == '市' || r == '县' || r == '区' || r == '省' {
			return ""
		}
		n++
	}
	if end == 0 {
		return ""
	}
	w := s[:end]
	_, first := hanzi.DecodeRune(w)
	if notPlaces[w] || notPlaces[w[first:]] || strings.ContainsAny(w[:first], "全本该我各外城园社辖景片校小街厂矿林山老库超上都股楼门两新") {
		return ""
	}
	if next, _ := hanzi.DecodeRune(s[end:]); next < 0x4E00 || next > 0x9FFF || strings.ContainsRune("场域位级民委政直属内外长里", next) {
		return "" // 实施省、市重点项目, 国内市场: not a place
	}
	base := w[:len(w)-len("市")]
	for _, list := range [][]string{verbEnds, actionVerbs, leadingNoise, linkVerbs, growthVerbs} {
		for _, v := range list {
			if v == base {
				return ""
			}
		}
	}
	return w
}

// clauseTimes are time phrases written without digits.
var clauseTimes = []string{"上半年", "下半年", "前三季度", "第一季度", "一季度", "二季度", "三季度", "四季度", "今年", "去年", "全年", "当年"}

// suffixOf is the word of words that s ends with, or "".
func suffixOf(s string, words []string) string {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// afterDateOK: a place right after a date (2024年，马村区…; 获批2020年焦作市
// 科普教育基地) owns the figure only when the date itself opens the clause.
func afterDateOK(s string, from, k int) bool {
	j := k
	dated := false
	for j > from {
		if w := suffixOf(s[from:j], clauseTimes); w != "" {
			j -= len(w) // 今年上半年山东GDP: a time phrase opens the clause as a date does
			dated = true
			continue
		}
		r, sz := hanzi.DecodeLastRune(s[from:j])
		if r >= '0' && r <= '9' || strings.ContainsRune("年月日号至-—份底初末", r) {
			j -= sz
			dated = true
			continue
		}
		break
	}
	if !dated || j == from {
		return true
	}
	r, _ := hanzi.DecodeLastRune(s[from:j])
	return isPunct(r) || r == ' ' || r == '\n' || r == '在'
}
