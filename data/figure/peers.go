package figure

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// peerSpan is how far back, in runes, a compared verb may open the phrase
// that a place closes (比第二位的泸州市).
const peerSpan = 10

// notCompared are words holding a compared verb's character that compare
// nothing (占比重最高的, 比例最大的).
var notCompared = []string{"比重", "比例", "比率", "较大", "较高", "较快", "较好"}

// comparedThrough reports whether the place at start closes a phrase that a
// compared verb opens in its own clause (增速比第二位的泸州市快1.2个百分点,
// 高于排名第一的长沙县): a peer the report measures itself against, not
// what the report is about. comparedAt sees only a verb right before the
// place.
func comparedThrough(s string, start int) bool {
	before := s[:start]
	if !strings.HasSuffix(before, "的") {
		return false
	}
	k := len(before)
	for n := 0; n < peerSpan && k > 0; n++ {
		r, size := hanzi.DecodeLastRune(before[:k])
		if strings.ContainsRune("，,。；;：:、（(！!？?\n", r) {
			break
		}
		k -= size
	}
	phrase := before[k:]
	for _, w := range notCompared {
		phrase = strings.ReplaceAll(phrase, w, "")
	}
	return containsAny(phrase, comparedVerbs)
}

// qualifies reports whether mention i only says where the next one lies:
// its parent written right before it (徐州市鼓楼区, 平顶山市叶县人民政府),
// which names the child, not the parent, as what the line is about; so
// does a province before a zone named after a place in it (安徽巢湖经济开发区).
func qualifies(g *gazetteer.Gazetteer, ms []gazetteer.Mention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].Start != ms[i].End || len(ms[i+1].Codes) != 1 || len(ms[i].Codes) != 1 {
		return false
	}
	for _, pl := range g.Chain(ms[i+1].Codes[0]) {
		if pl.Code == ms[i].Codes[0] && pl.Code != ms[i+1].Codes[0] {
			return true
		}
	}
	return false
}

// bracketVerbs open a compared place's own value in brackets: 泸州市(增
// 12.1%), 全国(增长5.5%).
var bracketVerbs = []string{"增长", "增", "下降", "降"}

// rankedPlace is the place a rank ending at end qualifies (第二位的泸州市,
// 排名第一的长沙县, 排名第一的是大祥区): the rank is that place's, not the report's; "" when
// no place follows its 的.
func (x *extractor) rankedPlace(end int) string {
	n := rankLinkLen(x.s[end:])
	if n < 0 {
		return ""
	}
	at := end + n
	for _, m := range x.pl.at(at, at+1) {
		if name, _ := x.pl.nameOf(m); m.Start == at && !x.nameLike(m) {
			return name
		}
	}
	return ""
}

// zoneNameStops end the name written before a zone ending, looking back:
// punctuation, and the characters of time, self and function words that
// stand before a zone's name rather than in it (今年经开区, 全县经开区, 八园中
// 星沙产业基地).
const zoneNameStops = "，,。；;：:、（()）“”\"《》 \n年月日季今去全我本该各其中的在和与及对向从是为以来等了将把被"

// zoneNameVerbs end the name before a zone ending too: what a project does
// to a zone (落户示范区, 入驻高新区, 创建开发区) is not its name.
var zoneNameVerbs = append([]string{"落户", "入驻", "进驻", "入园", "引进", "建设", "创建", "打造", "申报", "获批", "实现", "完成", "推进", "依托", "成立", "设立", "所在"}, scopeVerbs...)

// proseZone is where the name of a zone the table lacks begins, written
// right before its ending at at (金桥|经济技术开发区, 榔梨|工业园): two to six
// characters that hold no place found and none of the stops. ok is false
// when no such name is written there (全县经开区, 今年高新区).
func (x *extractor) proseZone(at int) (start int, ok bool) {
	start = at
	for n := 0; n < 6 && start > 0; n++ {
		r, size := hanzi.DecodeLastRune(x.s[:start])
		if !hanzi.IsHan(r) || strings.ContainsRune(zoneNameStops, r) {
			break
		}
		start -= size
	}
	if k, w := lastWord(x.s[start:at], zoneNameVerbs); k >= 0 {
		start += k + len(w) // 项目落户示范区: the verb is not the zone's name
	}
	if utf8.RuneCountInString(x.s[start:at]) < 2 || len(x.pl.at(start, at)) > 0 {
		return at, false
	}
	for _, m := range x.pl.at(max(0, start-64), at) {
		if m.End > start {
			return at, false // a place's name reaching into it
		}
	}
	return start, true
}

// lastWord is the offset and word of the last of words in s, or -1.
//
// Once a word is found, the others are looked for only from it on: one
// before it could not be the last.
func lastWord(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		from := max(at, 0)
		if k := lastIndex(s[from:], w); k >= 0 && (from+k > at || from+k == at && len(w) > len(word)) {
			at, word = from+k, w
		}
	}
	return at, word
}
