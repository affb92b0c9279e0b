package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// unnamedAncestor: a province's report that never names the province but
// names its cities and their counties (铜川、咸阳、延安3市… 富县、黄陵县、长武县、
// 子长市、彬州市、旬邑县、宜川县7个县(市), over 全省县域) is the province's, as
// unnamedParent reads a city's from its units: a place the text calls itself
// by the kind of (全省), not named but with minUnitsNamed or more places
// under it at any depth, is scored as if named once for each. A place that
// unnamedParent or the text's own names already scored is left as it is.
func unnamedAncestor(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention, score map[string]float64) {
	under := map[string]map[string]string{} // ancestor → unit → the ancestor's child it lies under
	seen := map[string]bool{}
	for _, m := range ms {
		if len(m.Codes) != 1 || seen[m.Codes[0]] {
			continue // each place's chain read once: a long text names a few places often
		}
		seen[m.Codes[0]] = true
		pl, ok := g.Place(m.Codes[0])
		if !ok || pl.Level == gazetteer.Town {
			continue
		}
		chain := g.Chain(pl.Code)
		for i, up := range chain[:max(len(chain)-2, 0)] { // the parent is unnamedParent's
			if under[up.Code] == nil {
				under[up.Code] = map[string]string{}
			}
			under[up.Code][pl.Code] = chain[i+1].Code
		}
	}
	for code, units := range under {
		if len(units) < minUnitsNamed || oneBranch(units) {
			continue
		}
		if namedInScore(score, code) {
			continue
		}
		if pl, ok := g.Place(code); ok && callsItself(text, pl.Name) {
			score[code] = float64(len(units))
		}
	}
}

// oneBranch reports whether every unit lies under the same child of their
// ancestor: a city's report naming its counties' parks (上饶: 广丰、鄱阳、
// 万年、横峰) is the city's, which unnamedParent or its own name scores, not
// its province's, whose report would name units of several cities.
func oneBranch(units map[string]string) bool {
	first := ""
	for _, b := range units {
		if first == "" {
			first = b
		} else if b != first {
			return false
		}
	}
	return true
}
