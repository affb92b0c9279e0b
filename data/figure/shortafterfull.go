package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// fullNameReach is how far before a short form (in bytes) its place's full
// name may stand for the short form to be read as a back-reference to it.
const fullNameReach = 150

// fullNameBefore reports whether short mention m repeats the place a full
// name written just before names (被冷水滩区超越，冷水滩常住人口增量达到近10
// 万): the short form is that place again, not the opening of a company's
// or a brand's name (天津大桥), however far the place lies from the
// article's.
func (x *extractor) fullNameBefore(m gazetteer.Mention) bool {
	if len(m.Codes) != 1 {
		return false
	}
	for _, p := range x.pl.at(max(0, m.Start-fullNameReach), m.Start) {
		if !p.Short && p.End <= m.Start && len(p.Codes) == 1 && p.Codes[0] == m.Codes[0] {
			return true
		}
	}
	return false
}
