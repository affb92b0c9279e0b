package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// crowdedLead reports whether best, named only in the body, leads a text
// that names many places of its level which together it names far more
// often: a national survey (31省份“一季报”陆续出炉: 江苏 five times among
// 广东、山东、吉林、重庆… named forty times in all; 海南 three times among
// 福建、河北、辽宁、上海 named six) is none of theirs, however far its
// leader is ahead of the next one alone. named are the scores of the
// places' names, before self words (全省) lift every place of a kind.
func crowdedLead(g *gazetteer.Gazetteer, named map[string]float64, best string) bool {
	lead := named[best]
	if lead >= speakerWeight {
		return false // in the title or a speaker line: the report's own
	}
	pl, ok := g.Place(code0(best))
	if !ok {
		return false
	}
	peers, sum := 0, 0.0
	for k, v := range named {
		o, ok := g.Place(code0(k))
		if !ok || k == best || o.Level != pl.Level || ancestorKey(g, best, k) || ancestorKey(g, k, best) {
			continue
		}
		peers++
		sum += v
	}
	return peers >= manyPeers && sum >= 2*lead
}
