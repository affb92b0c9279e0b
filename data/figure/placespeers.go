package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// weakLead is the score below which a leading place is only a little more
// named than the rest: twice in the body, no title, no speaker line.
const weakLead = 3

// manyPeers is how many other places of the leader's level, none above or
// below it, make a text a survey of them all.
const manyPeers = 4

// oneOfMany reports whether best leads only weakly a text that names many
// places of its level alike: a survey of the provinces' half-year figures
// (天津以12.5%的增速充当领头羊… 重庆和云南并列第二… 福建则增长了11.3%) names
// 天津 twice and five others once, and is none of theirs.
func oneOfMany(g *gazetteer.Gazetteer, score map[string]float64, best string) bool {
	if score[best] >= weakLead {
		return false
	}
	pl, ok := g.Place(code0(best))
	if !ok {
		return false
	}
	peers := 0
	for k := range score {
		o, ok := g.Place(code0(k))
		if !ok || k == best || o.Level != pl.Level || ancestorKey(g, best, k) || ancestorKey(g, k, best) {
			continue
		}
		peers++
	}
	return peers >= manyPeers
}
