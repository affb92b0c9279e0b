package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// preferSelfKind settles a name shared by places of different kinds (巴州:
// 巴音郭楞蒙古自治州, or 巴中's 巴州区) that nothing else settled on the one
// whose kind the text's self words name (全州, 我州: the 州; 全区: the
// 区), when exactly one candidate is of a kind the text so names: a report
// of 巴州 that says 全州 is the prefecture's. Self words of both kinds
// settle nothing.
func preferSelfKind(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention) []gazetteer.Mention {
	var named [][]string // the endings of the self words the text writes, read on first need
	for i, m := range ms {
		if len(m.Codes) < 2 || m.Zone != "" {
			continue
		}
		if named == nil {
			named = selfKindsIn(text)
		}
		var kept []string
		for _, c := range m.Codes {
			pl, ok := g.Place(c)
			if ok && pl.Level != gazetteer.Town && endsAsAny(pl.Name, named) {
				kept = append(kept, c)
			}
		}
		if len(kept) == 1 {
			ms[i].Codes = kept
		}
	}
	return ms
}

// selfKindsIn is the endings of each group of selfWords the text writes a
// word of; an empty, non-nil list when it writes none.
func selfKindsIn(text string) [][]string {
	out := [][]string{}
	for _, sw := range selfWords {
		for _, w := range sw.words {
			if strings.Contains(text, w) {
				out = append(out, sw.endings)
				break
			}
		}
	}
	return out
}

// endsAsAny reports whether name ends with one of the endings of groups.
func endsAsAny(name string, groups [][]string) bool {
	for _, endings := range groups {
		if hasSuffixAny(name, endings) {
			return true
		}
	}
	return false
}
