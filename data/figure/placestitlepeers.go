package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// peersParent is the parent of the places a title names when it names
// minTitlePeers or more units of one place and nothing else, and the text
// calls itself by the parent's kind (渝北长寿潼南位列前三 over 全市各区县
// GDP增速: 重庆's districts): such a title ranks the units of its report's
// place, so its weight goes to that place, not to each unit. "" otherwise
// (two places in a title are as often one place and its peer: X县学习Y县).
func peersParent(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention, titleEnd int) string {
	parent := ""
	units := map[string]bool{}
	for _, m := range ms {
		if m.Start >= titleEnd {
			break
		}
		if len(m.Codes) != 1 || m.Zone != "" {
			return ""
		}
		pl, ok := g.Place(m.Codes[0])
		if !ok || pl.Parent == "" || pl.Level == gazetteer.Town || parent != "" && pl.Parent != parent {
			return ""
		}
		parent = pl.Parent
		units[pl.Code] = true
	}
	if len(units) < minTitlePeers {
		return ""
	}
	if pl, ok := g.Place(parent); !ok || !callsItself(text, pl.Name) {
		return ""
	}
	return parent
}

// minTitlePeers is how many units of one place a title must name to be
// read as ranking that place's units.
const minTitlePeers = 3
