package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// ownWhole reports whether zone z written after a self word resolved to
// name is that place itself: a zone naming the whole of a place's counties
// (县域) is the place itself when the place is a county (全县县域生产总值 in
// 汝阳县's bulletin is 汝阳县's), as it is all of a city's counties after 全市.
func (p *places) ownWhole(name, z string) bool {
	if p.g == nil || !p.g.WholeZone(z) {
		return false
	}
	pl, ok := p.g.Place(p.codeOf(name))
	return ok && pl.Level >= gazetteer.County
}
