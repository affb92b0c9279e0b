package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// unnamedParent: a report that never names its own place but names four or
// more of one place's units and speaks of itself by that place's kind
// (六安's 招商引资 notice: 全市…分别为:霍山县、金寨县、裕安区、舒城县、金安区、
// 霍邱县、叶集区) is that place's. The parent is scored as if named once for
// each unit; a report that names fewer units, or none of them, or does not
// call itself 全市 (全县…) when the parent is a 市 (县…), stays unknown.
func unnamedParent(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention, score map[string]float64) {
	kids := map[string]map[string]bool{}
	for _, m := range ms {
		if len(m.Codes) != 1 {
			continue
		}
		pl, ok := g.Place(m.Codes[0])
		if !ok || pl.Parent == "" || pl.Level == gazetteer.Town {
			continue
		}
		if kids[pl.Parent] == nil {
			kids[pl.Parent] = map[string]bool{}
		}
		kids[pl.Parent][pl.Code] = true
	}
	for parent, units := range kids {
		if len(units) < minUnitsNamed {
			continue
		}
		if namedInScore(score, parent) {
			continue
		}
		pl, ok := g.Place(parent)
		if ok && callsItself(text, pl.Name) {
			score[parent] = float64(len(units))
		}
	}
}

// namedInScore reports whether the text names place code itself or through
// a zone named after it (上饶市工业园区 and 上饶经济技术开发区 name 上饶市):
// a named place's report is scored by its names, and its units lift the
// zone it names (listedChildren), not a place the text would leave unnamed.
func namedInScore(score map[string]float64, code string) bool {
	if _, ok := score[code]; ok {
		return true
	}
	for k := range score {
		if strings.HasPrefix(k, code+"|") {
			return true
		}
	}
	return false
}

// minUnitsNamed is how many of a place's units a report must name to be
// taken for that place's without naming it.
const minUnitsNamed = 4

// callsItself: text uses a self word of the kind name ends with (全市 for
// 六安市).
func callsItself(text, name string) bool {
	for _, sw := range selfWords {
		if !hasSuffixAny(name, sw.endings) {
			continue
		}
		for _, w := range sw.words {
			if strings.Contains(text, w) {
				return true
			}
		}
	}
	return false
}

// hostOfZone is the host of a zone written after it (黑龙江省县域 from
// 全省县域综合排名: 黑龙江省), or name itself.
func (x *extractor) hostOfZone(name string) string {
	if x.pl == nil || x.pl.g == nil {
		return name
	}
	for k := range name {
		if k > 0 && x.pl.g.ZoneAt(name[k:]) == name[k:] {
			return name[:k]
		}
	}
	return name
}

// dropWordSplits leaves out the town names that begin inside a word of the
// text (中城镇 in 其中城镇人口18.6万人: 其中 is the word), which only a
// shared character makes look like a name.
func (p *places) dropWordSplits(text string, ms []gazetteer.Mention) []gazetteer.Mention {
	out := ms[:0]
	for _, m := range ms {
		if p.level(m) == gazetteer.Town && m.Start > 0 {
			prev, _ := hanzi.DecodeLastRune(text[:m.Start])
			first, _ := hanzi.DecodeRune(text[m.Start:])
			if isWord(string(prev)+string(first)) && !isWord(string(text[m.Start:m.End])) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
