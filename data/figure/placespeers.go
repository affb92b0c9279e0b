package figure

import (
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

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

// notTheSubject reports whether best, the place a's text names most, is
// still not what it is about: one of many peers named alike, a place above
// the one the text says 我市 of, or a dateline's city over the national
// statistics office's figures (filed: best is named only in datelines).
func notTheSubject(g *gazetteer.Gazetteer, a *corpus.Article, text string, score map[string]float64, filed bool, best string) bool {
	if oneOfMany(g, score, best) {
		return true // 天津 twice among 北京、上海、重庆、云南、福建 once each: a survey of all
	}
	if pl, ok := g.Place(code0(best)); ok && speaksAsBelow(text, pl) {
		return true // 经河南省统计局统一核算，上半年我市…: a city of 河南, which one unsaid
	}
	return filed && nationalReport(a) // 新华社北京11月13日电 国家统计局13日发布: filed in 北京, about the nation
}
