package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// countySelf are the words a county's own text calls itself by (全县,
// 该县); 县域 is left out, for a city's report speaks of its 县域 too.
var countySelf = []string{"全县", "我县", "本县", "该县"}

// otherSelf are the words a text of another kind calls itself by: a text
// using them as often as countySelf is not clearly a county's.
var otherSelf = []string{"全市", "我市", "本市", "该市", "全区", "我区", "本区", "该区", "全州", "我州", "全省", "我省", "全旗", "我旗"}

// minSelfUses is how often a text must call itself 全县 (该县, 本县…) for
// a county name it writes unread to be taken as its own.
const minSelfUses = 3

// countyWordNext follow a two-character county name when the two runes
// belong to a word instead (提高县域, 新县城, 管理县级): such a name is not
// taken.
const countyWordNext = "城域级委乡镇区里"

// writtenCounty is the place of a text that reads no county but speaks of
// itself as one (该县, 全县, three times or more, and more often than as a
// city or a province): the county whose two-character name it writes in
// full where the finder, wary of such names inside ordinary words, does
// not read it (建设“六个洋县”: 洋县), when it writes exactly one such name
// and the gazetteer gives it to one county alone; else nil. Two-character
// districts (东区, 城区) are not read so: they are ordinary words anywhere.
func writtenCounty(g *gazetteer.Gazetteer, text string) *gazetteer.Place {
	n := countAll(text, countySelf)
	if n < minSelfUses || countAll(text, otherSelf) >= n {
		return nil
	}
	const end = "县"
	var found *gazetteer.Place
	for k := strings.Index(text, end); k >= 0; {
		if pl, ok := countyWrittenAt(g, text, k, end); ok {
			if found != nil && found.Code != pl.Code {
				return nil // two counties written: neither is clearly the text's
			}
			found = &pl
		}
		next := strings.Index(text[k+len(end):], end)
		if next < 0 {
			break
		}
		k += len(end) + next
	}
	return found
}

// countyWrittenAt is the county whose two-character name ends with end at
// text[k:], unless the runes around make it part of a word.
func countyWrittenAt(g *gazetteer.Gazetteer, text string, k int, end string) (gazetteer.Place, bool) {
	r, n := hanzi.DecodeLastRune(text[:k])
	after, _ := hanzi.DecodeRune(text[k+len(end):])
	if !hanzi.IsHan(r) || strings.ContainsRune(countyWordNext, after) {
		return gazetteer.Place{}, false
	}
	name := text[k-n : k+len(end)]
	cands := g.Lookup(name)
	if len(cands) != 1 || cands[0].Name != name || cands[0].Level != gazetteer.County {
		return gazetteer.Place{}, false
	}
	return cands[0], true
}

// onlyAbove reports whether the text reads no place at county level or
// below (none at all, or only its province and city: 紧跟陕西步伐), when a
// county it writes unread may be its subject.
func onlyAbove(g *gazetteer.Gazetteer, score map[string]float64) bool {
	for k := range score {
		code, _, isZone := strings.Cut(k, "|")
		if pl, ok := g.Place(code); !ok || isZone || pl.Level >= gazetteer.County {
			return false
		}
	}
	return true
}

// allAncestors reports whether every place scored is above code.
func allAncestors(g *gazetteer.Gazetteer, score map[string]float64, code string) bool {
	for k := range score {
		if !ancestorKey(g, code, k) {
			return false
		}
	}
	return true
}

// countAll is how many times the words occur in s, together.
func countAll(s string, words []string) int {
	n := 0
	for _, w := range words {
		n += strings.Count(s, w)
	}
	return n
}
