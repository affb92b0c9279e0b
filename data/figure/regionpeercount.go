package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// countedPlaces are the nouns a count of places is written with, and the
// level of the places counted, longest first where one opens another.
var countedPlaces = []struct {
	nouns []string
	level gazetteer.Level
}{
	{[]string{"省份", "省区市", "省（区、市）", "省(区、市)", "省市区", "省市", "省区"}, gazetteer.Province},
	{[]string{"地市", "市州", "市（州）", "市(州)", "地级市", "盟市", "省会城市", "副省级城市"}, gazetteer.Prefecture},
	{[]string{"县（市、区）", "县(市、区)", "县（市）", "县(市)", "建制县", "县级市", "县市区", "县区", "区县", "县市", "旗县"}, gazetteer.County},
}

// peerCount is region unless the figure q counts places of region's own
// level or above (海南增速提高8.7个百分点；10个省份增速回落: the ten provinces
// are not 海南's; 江苏…。一季度GDP超过1万亿元的省份有13个): such a count is
// of the whole the places belong to, and a place of that level owning it is
// wrong, so it is left empty. Counts of places below the owner (全市12个县)
// are the owner's.
func (x *extractor) peerCount(q quantity.Quantity, kind Kind, region string) string {
	if kind != Count || region == "" || region == "全国" || x.pl.g == nil {
		return region
	}
	lv, ok := gazetteer.Level(0), false
	if q.Unit == "个" {
		// what follows 个 names what is counted: zones, or places of a level
		after := compact(x.s[q.End:min(len(x.s), q.End+30)])
		if countsZones(x.pl.g, after, region) {
			return x.countScope(q.Start) // 39个开发区工业固定资产投资: zones counted, none of them the owner
		}
		lv, ok = countedAfter(after)
	}
	if !ok {
		before, _ := trimSuffixes(lastRunes(compact(x.s[max(0, q.Start-24):q.Start]), 6), countVerbs)
		lv, ok = countedBefore(before)
	}
	if !ok {
		return region
	}
	pl, found := x.pl.g.Place(x.pl.codeOf(region))
	if !found || pl.Level < lv {
		return region
	}
	return x.countScope(q.Start)
}

// countScope is the place a self word written right before a count names
// (全省67个建制县(市): 广东省's counties; 我省13个市州), "全国" for 全国, or
// "". The self words are selfWords, the table every other reading of
// 全县/我市 uses, those that name the whole of the report's own place
// (wholeSelf).
func (x *extractor) countScope(at int) string {
	before := compact(x.s[max(0, at-12):at])
	if strings.HasSuffix(before, "全国") {
		return "全国"
	}
	if x.nationInSentence(at) {
		return "全国" // 放眼全国，…增速达到20%的省会城市只有5个: the nation's capitals
	}
	for _, sw := range selfWords {
		for _, w := range sw.words {
			if !wholeSelf(w) || !strings.HasSuffix(before, w) {
				continue
			}
			if p, ok := selfIn(x.pl.subject, sw.endings); ok {
				return p.Name
			}
		}
	}
	return ""
}

// nationInSentence reports whether the sentence holding at writes 全国
// before it: the count of places of the owner's level or above it is the
// nation's when the sentence has set that scope (放眼全国，…的省会城市只有
// 5个), as 全国 right before the count (全国31个省份) says.
func (x *extractor) nationInSentence(at int) bool {
	from := runeStart(x.s, max(0, at-600))
	if k := lastIndexAnyOf(x.s[from:at], "。！？；;\n"); k >= 0 {
		from += k
	}
	return strings.Contains(x.s[from:at], "全国")
}

// wholeSelfOpeners open the self words that name the whole of the
// report's own place (全市, 我省, 本县). 该市 refers back to the last
// place written, which need not be the report's, and 县域, 区域内 say
// where rather than whose.
var wholeSelfOpeners = []string{"全", "我", "本"}

// wholeSelf reports whether self word w names the whole of the report's
// own place.
func wholeSelf(w string) bool {
	return hasPrefixAny(w, wholeSelfOpeners)
}

// countsZones reports whether a count in 个 counts zones of the kind
// region is (39个开发区工业固定资产投资 when the owner is the 开发区 of the
// clause before): after, the text right after 个, opens with region's own
// zone ending. Before the number a zone is the owner written with its
// count (市开发区14个), not what is counted.
func countsZones(g *gazetteer.Gazetteer, after, region string) bool {
	z := g.ZoneAt(after)
	return z != "" && strings.HasSuffix(region, z)
}

// countVerbs stand between a count's noun and its number (省份有13个).
var countVerbs = []string{"只有", "仅有", "共有", "达到", "有", "为", "达", "共"}

// countedAfter is the level of the places counted when the text after a
// count opens with their noun (13个省份, 9个市(州)).
func countedAfter(after string) (gazetteer.Level, bool) {
	for _, c := range countedPlaces {
		for _, w := range c.nouns {
			if rest, ok := strings.CutPrefix(after, w); ok && nounEnds(rest) {
				return c.level, true
			}
		}
	}
	return 0, false
}

// nounEnds reports whether rest, the text after a noun of places, ends
// the noun phrase there (13个省份中, 16个省份GDP增速, 11个省份工业生产): not
// when it goes on into what is counted (9个市州重点项目, 12个县区级部门).
func nounEnds(rest string) bool {
	return !hasPrefixAny(rest, placeModified)
}

// placeModified follow a noun of places that only qualifies the thing
// counted: 市州重点项目, 县区级部门, 省市代表.
var placeModified = []string{"重点", "项目", "级", "部门", "企业", "单位", "代表", "干部", "领导", "人民", "政府", "党委", "机关", "客商", "商会", "办", "局"}

// countedBefore is the level of the places counted when the text before a
// count, its verb cut off, ends with their noun (GDP超过1万亿元的省份有13个).
func countedBefore(before string) (gazetteer.Level, bool) {
	for _, c := range countedPlaces {
		if hasSuffixAny(before, c.nouns) {
			return c.level, true
		}
	}
	return 0, false
}
