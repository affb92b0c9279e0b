package figure

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// honourEnds close the name of an honour or a programme a place won or
// runs (全国文明城市, 国家生态文明建设示范区, 西部百强县): a place or 全国 that
// opens such a name, or a zone word that closes one, is not whose the
// figures are.
var honourEnds = []string{
	"示范区", "示范县", "示范市", "示范城市", "示范镇", "示范基地", "示范点", "试验区", "先行区", "实验区",
	"文明城市", "文明县城", "卫生城市", "卫生县城", "园林城市", "园林县城", "森林城市", "生态县", "生态市",
	"百强县", "百强区", "百强市", "十强县", "强县", "先进县", "名城", "之乡", "称号",
}

// honourLevels open the name of an honour: 全国…, 国家级…, 省级….
var honourLevels = []string{"国家级", "国家", "全国", "中国", "省级", "全省", "市级", "首批", "第一批"}

// honourVerbs say that a place won or seeks a title; a zone word in the
// name they introduce (创建国家生态文明建设示范区) is the title's.
var honourVerbs = []string{"荣获", "获评", "获得", "获批", "创建", "创成", "争创", "评为", "命名为", "授予", "入选", "跻身", "通过", "成为", "建成", "打造", "建设"}

// mediaEnds close the name of a newspaper, site or station named after a
// place (宝鸡日报, 南海网, 长沙晚报掌上长沙): the place is the publisher's,
// not the subject of the report.
var mediaEnds = []string{"日报", "晚报", "早报", "商报", "报社", "新闻网", "电视台", "广播电视台", "融媒体中心", "融媒", "客户端", "家园网", "在线", "头条", "手机报", "之声", "卫视"}

// bylineMarks mark a line that says who wrote or published a report, not
// what it is about.
var bylineMarks = []string{"来源", "记者", "编辑", "责编", "通讯员", "稿源", "作者", "版次", "转载"}

// hanRunEnds reports whether the run of Chinese characters starting at
// end, at most max long, has a prefix ending in one of words.
func hanRunEnds(s string, end, max int, words []string) bool {
	n := 0
	for k := end; k < len(s) && n < max; n++ {
		r, sz := hanzi.DecodeRune(s[k:])
		if !hanzi.IsHan(r) {
			return false
		}
		k += sz
		if hasSuffixAny(s[end:k], words) {
			return true
		}
	}
	return false
}

// honourName reports whether the owner o opens the name of an honour: 全国
// or 中国 run on into one (全国文明城市, 全国生态示范区), or a place run on
// into a level word and one (福建省级生态县).
func (x *extractor) honourName(o owner) bool {
	if o.owner != "全国" && o.owner != "中国" {
		rest := x.s[o.end:min(len(x.s), o.end+12)]
		if !hasPrefixAny(rest, honourLevels) {
			return false
		}
	}
	return hanRunEnds(x.s, o.end, 16, honourEnds)
}

// honourZone reports whether a zone word written alone at at closes the
// name of an honour or programme: a run of characters that is no place
// leads to it from an honour verb or a level word (创建国家生态文明建设示范
// 区, 国家级经开区), rather than the zone standing as its clause's subject.
func (x *extractor) honourZone(from, at int) bool {
	return honourBefore(x.s[clauseStart(x.s, from, at):at])
}

// honourBefore reports whether a zone word written right after before (the
// text of its clause up to it) closes an honour's or a programme's name.
func honourBefore(before string) bool {
	if before == "" {
		return false
	}
	r, _ := hanzi.DecodeLastRune(before)
	if !hanzi.IsHan(r) || ownerPosition(compact(before)) || strings.ContainsRune("县市区旗州", r) {
		return false
	}
	return containsAny(before, honourVerbs) || containsAny(before, honourLevels)
}

// mediaName reports whether the place ending at end names a newspaper, a
// site or a station (宝鸡日报, 南海网海口).
func mediaName(s string, end int) bool {
	return hanRunEnds(s, end, 6, mediaEnds)
}

// bylineAt reports whether the line holding pos says who published or
// wrote the report (来源：宝鸡日报, 记者 张三): its places are not the
// report's subject.
func bylineAt(s string, pos int) bool {
	line, ok := shortLineAround(s, pos, 4*80)
	if !ok || utf8.RuneCountInString(line) >= 80 || !containsAny(line, bylineMarks) {
		return false
	}
	if photoCredit(line) {
		// 蓬勃发展的綦江 记者 张三 摄: what the photo shows comes before its
		// credit, and is the place the report is about
		return firstIndexAny(line, bylineMarks) <= pos-lineStart(s, pos)
	}
	return true
}

// photoCredit reports whether line closes with a photo's credit (记者 张三
// 摄, (通讯员 李四 摄)): the line is a caption.
func photoCredit(line string) bool {
	t := strings.TrimRight(line, " \t\r)）　")
	return strings.HasSuffix(t, "摄")
}

// firstIndexAny is the offset of the first of words in s, or len(s).
func firstIndexAny(s string, words []string) int {
	at := len(s)
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 && k < at {
			at = k
		}
	}
	return at
}

// datelineAt reports whether the place ending at end opens a news item's
// dateline (新华社兰州1月5日电, 南海网海口7月25日消息): where the item was
// filed, most often the place it is about.
func datelineAt(s string, end int) bool {
	rest := s[end:min(len(s), end+24)]
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || !strings.HasPrefix(rest[i:], "月") {
		return false
	}
	rest = rest[i+len("月"):]
	i = 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && hasPrefixAny(strings.TrimPrefix(rest[i:], "日"), []string{"电", "讯", "消息"})
}

// hostPair reports whether mention m is written right after prev, a place
// above it (宝鸡市凤县, 海南省临高县), or after it and 地区 (儋州地区洋浦:
// the area of 儋州, its 洋浦): the two are one name, the lower place's.
// text is what the mentions' offsets index.
func (p *places) hostPair(text string, prev, m gazetteer.Mention) bool {
	if prev.End > m.Start || !slices.Contains(hostGaps, text[prev.End:m.Start]) || len(prev.Codes) != 1 || len(m.Codes) != 1 || prev.Codes[0] == m.Codes[0] {
		return false
	}
	return containsPlace(p.g.Chain(m.Codes[0]), prev.Codes[0])
}

// hostGaps are what may stand between a host and the place under it that
// it qualifies: nothing, or 地区 (儋州地区洋浦), the host's area.
var hostGaps = []string{"", "地区"}

// listOwner is the owner of the figure at pos when it is the idx-th of a
// list of n values (n > 1) whose owners were listed before it in the same
// sentence, as many as the values (甲县、乙县、丙县分别增长5.1%、6.2%、7.3%; 酒
// 泉、定西排名第二和第三): the n-th value is the n-th place's. owners are the
// owners of the figure's sentence before pos, in order; ok is false when
// the figure is not in such a list.
func (x *extractor) listOwner(owners []owner, pos, idx, n, listStart int) (string, bool) {
	if n < 2 || idx >= n || len(owners) < n {
		return "", false
	}
	run := owners[len(owners)-n:]
	if run[n-1].end > listStart || strings.ContainsAny(x.s[run[n-1].end:listStart], "。；;") {
		return "", false
	}
	for k := 1; k < n; k++ {
		if trimSet(x.s[run[k-1].end:run[k].start], "、和及与 ") != "" {
			return "", false // not one list of places
		}
	}
	if len(owners) > n {
		prev := owners[len(owners)-n-1]
		if trimSet(x.s[prev.end:run[0].start], "、和及与 ") == "" {
			return "", false // more places listed than values
		}
	}
	return run[idx].owner, true
}

// belowSubject reports whether name, as the extractor writes regions, is
// a place under the article's subject (酒泉市 in 甘肃省's report).
func (p *places) belowSubject(name string) bool {
	if len(p.subject) == 0 {
		return false
	}
	code := p.codeOf(name)
	self := p.subject[len(p.subject)-1].Code
	if code == "" || code == self {
		return false
	}
	return containsPlace(p.g.Chain(code), self)
}

// goOnWords open a clause that goes on about the place of the clause
// before (其中兰州市增长8%，占全省的30%): the figure is that place's too.
var goOnWords = []string{"增长", "下降", "增加", "减少", "同比", "比上年", "较", "占", "居", "位居", "位列", "排", "分别", "达", "为", "实现", "完成", "拉动", "高于", "低于", "总量", "增速", "总额", "规模"}

// subClauseOwner reports whether o, a unit of the article's subject that
// a clause opened with 其中 names, owns only that clause, and the figure at
// pos stands in a later clause that names an indicator of its own: a
// province's report goes back to the province there.
func (x *extractor) subClauseOwner(o owner, ss, pos int) bool {
	if !x.pl.belowSubject(o.owner) || !strings.HasSuffix(compact(x.s[max(ss, o.start-12):o.start]), "其中") {
		return false
	}
	cs := clauseStart(x.s, ss, pos)
	if cs <= o.end {
		return false
	}
	head := compact(x.s[cs:pos])
	return utf8.RuneCountInString(head) >= 2 && !hasPrefixAny(head, goOnWords)
}

// comparedVerbs before a place make it what the report's own place is
// compared with (总量首次超过肥东县, 仅次于长沙县): neither the owner of a
// figure nor a sign of the report's subject.
var comparedVerbs = []string{"超过", "超越", "赶超", "领先", "领先于", "次于", "追平", "不及", "高于", "低于", "快于", "慢于", "好于", "比", "较", "对比"}

// comparedAt reports whether the place starting at start is written as
// what something is compared with.
func comparedAt(s string, start int) bool {
	return hasSuffixAny(compact(s[max(0, start-12):start]), comparedVerbs)
}
