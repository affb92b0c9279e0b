package gazetteer

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

//go:embed context.txt
var contextTXT string

// contextRules say which runes around a name let it be read (context.txt).
type contextRules struct {
	countyShortBefore map[rune]bool
	countyNameBefore  map[rune]bool   // more runes before a full name (2024年夏县)
	guarded           map[string]bool // names read only where a county's short is
	shortNotAfter     map[rune]bool
	formerNotAfter    map[rune]bool            // runes after which a former name is a word's part (到达县城)
	countyShortNext   []string                 // words after a county's short form that let it be read (同仁地区)
	countyShortNot    []string                 // words after a county's short form that make it another thing's name (沅江流域, 永兴村)
	countyShortBut    []string                 // words that keep it the county's although one of those opens them (宿松村镇银行)
	shortNot          []string                 // words after any short form that make it a road's name (苏州西路, 深圳大道)
	shortBut          []string                 // words that keep it the place's although one of those opens them (东街道, a subdistrict)
	endNotAfter       map[string]map[rune]bool // name ending → runes
	endNotAfterAny    map[rune]bool            // every rune of endNotAfter: most runes after a name are none, and the endings are not looked at
}

func parseContext() contextRules {
	cr := contextRules{countyShortBefore: map[rune]bool{}, countyNameBefore: map[rune]bool{}, guarded: map[string]bool{}, shortNotAfter: map[rune]bool{}, formerNotAfter: map[rune]bool{}, endNotAfter: map[string]map[rune]bool{}, endNotAfterAny: map[rune]bool{}}
	lists := cr.wordLists()
	for line := range strings.Lines(contextTXT) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if list, ok := lists[f[0]+" "+f[1]]; ok {
			*list = append(*list, strings.Fields(f[2])...)
			continue
		}
		var set map[rune]bool
		switch {
		case f[0] == "guard":
			for _, w := range strings.Fields(f[2]) {
				cr.guarded[w] = true
			}
			continue
		case f[0] == "before" && f[1] == "county-short":
			set = cr.countyShortBefore
		case f[0] == "before" && f[1] == "county-name":
			set = cr.countyNameBefore
		case f[0] == "not-after" && f[1] == "short":
			set = cr.shortNotAfter
		case f[0] == "not-after" && f[1] == "former":
			set = cr.formerNotAfter
		case f[0] == "not-after":
			set = map[rune]bool{}
			cr.endNotAfter[f[1]] = set
		default:
			continue
		}
		for _, r := range f[2] {
			set[r] = true
			if f[0] == "not-after" && f[1] != "short" && f[1] != "former" {
				cr.endNotAfterAny[r] = true
			}
		}
	}
	return cr
}

// wordLists are the rules that list words after a name, by kind and scope.
func (cr *contextRules) wordLists() map[string]*[]string {
	return map[string]*[]string{
		"next county-short":     &cr.countyShortNext,
		"not-next county-short": &cr.countyShortNot,
		"but-next county-short": &cr.countyShortBut,
		"not-next short":        &cr.shortNot,
		"but-next short":        &cr.shortBut,
	}
}

// readable reports whether candidate c of the name text[i:end] may be read
// there; adjacent is true right after another mention.
func (g *Gazetteer) readable(c cand, text string, i, end int, adjacent bool) bool {
	next, _ := utf8.DecodeRuneInString(text[end:])
	name := text[i:end]
	if g.context.endNotAfterAny[next] {
		for e, set := range g.context.endNotAfter {
			if set[next] && strings.HasSuffix(name, e) {
				return false
			}
		}
	}
	if c.short && g.context.shortNotAfter[next] && !g.childNext(c, text[end:]) || c.former && g.context.formerNotAfter[next] {
		return false
	}
	if c.short && g.roadNext(text[end:]) {
		return false
	}
	county := g.places[c.place].Level == County
	if county && c.short && g.otherThing(text[end:]) {
		return false
	}
	guarded := county && utf8.RuneCountInString(name) <= 2 || c.short && g.context.guarded[name]
	if !guarded || adjacent {
		return true
	}
	// a former name (安县) is a full name of its time, 县 written: read after
	// a date as 夏县 is
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return i == 0 || !hanzi.IsHan(prev) || g.context.countyShortBefore[prev] || (!c.short || c.former) && g.context.countyNameBefore[prev] ||
		c.short && g.nextWord(text[end:])
}

// nextWord reports whether rest starts with a word that, after a county's
// short form, makes it a place: 省定监测点同仁地区全年居民消费价格….
func (g *Gazetteer) nextWord(rest string) bool {
	return hasWordAt(rest, g.context.countyShortNext)
}

// otherThing reports whether rest, after a county's short form, starts with
// a word that makes the form another thing's name: a river's (沅江流域), a
// village's (永兴村).
func (g *Gazetteer) otherThing(rest string) bool {
	return hasWordAt(rest, g.context.countyShortNot) && !hasWordAt(rest, g.context.countyShortBut)
}

// roadNext reports whether rest, after a short form, names a road: cities
// name their roads after other places (苏州西路, 北京南路 in 沭阳; 深圳大道),
// and a road's works are the city's that built it, not the named place's.
func (g *Gazetteer) roadNext(rest string) bool {
	return hasWordAt(rest, g.context.shortNot) && !hasWordAt(rest, g.context.shortBut)
}

// hasWordAt reports whether rest starts with one of words.
func hasWordAt(rest string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// childNext reports whether rest opens with the name of a place under c's
// (甘孜州道孚: 道 opens 道孚县, not a street of 甘孜): the rune after the
// short form starts a unit of it, not a street word.
func (g *Gazetteer) childNext(c cand, rest string) bool {
	m, ok := g.FindAt(rest)
	return ok && len(m.Codes) == 1 && g.isAncestor(g.places[c.place].Code, m.Codes[0])
}
