package figure

import (
	"slices"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// preferListedKind settles a short form shared by units of different kinds
// (伊宁: 伊宁市 and 伊宁县; 临夏: the 州, its 市 and its 县) on the one of the
// kind every other item of its list is, under their one parent: 伊宁、霍城、
// 察布查尔 lists 伊犁州's counties (伊宁县), 伊宁、奎屯、霍尔果斯 its cities
// (伊宁市), 临夏、康乐、永靖 临夏州's counties (临夏县). A list of mixed
// kinds or parents, or holding another unresolved name, settles nothing.
func preferListedKind(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention) []gazetteer.Mention {
	for i := range ms {
		if len(ms[i].Codes) < 2 || ms[i].Zone != "" {
			continue
		}
		lo, hi := i, i
		for lo > 0 && listJoined(text, ms[lo-1], ms[lo]) {
			lo--
		}
		for hi+1 < len(ms) && listJoined(text, ms[hi], ms[hi+1]) {
			hi++
		}
		parent, kind, ok := listKindOf(g, ms[lo:hi+1], i-lo)
		if !ok {
			continue
		}
		var kept []string
		for _, c := range ms[i].Codes {
			if pl, found := g.Place(c); found && pl.Parent == parent && lastRune(pl.Name) == kind {
				kept = append(kept, c)
			}
		}
		if len(kept) == 1 {
			ms[i].Codes = kept
		}
	}
	return ms
}

// listJoined reports whether b follows a as the next item of a list.
func listJoined(text string, a, b gazetteer.Mention) bool {
	return a.End <= b.Start && slices.Contains(placeListJoins, text[a.End:b.Start])
}

// listKindOf is the one parent and kind (the last rune of the name: 县, 市,
// 区, 旗) of the items of list but the skip-th, each resolved; ok is false
// when there are none or they differ.
func listKindOf(g *gazetteer.Gazetteer, list []gazetteer.Mention, skip int) (parent string, kind rune, ok bool) {
	for j, m := range list {
		if j == skip {
			continue
		}
		if len(m.Codes) != 1 || m.Zone != "" {
			return "", 0, false
		}
		pl, found := g.Place(m.Codes[0])
		if !found {
			return "", 0, false
		}
		k := lastRune(pl.Name)
		if ok && (pl.Parent != parent || k != kind) {
			return "", 0, false
		}
		parent, kind, ok = pl.Parent, k, true
	}
	return parent, kind, ok
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
