package gazetteer

import "unicode/utf8"

// ShortName is the shortest short form of a place (芜湖 for 芜湖市, 黔东南 for
// 黔东南苗族侗族自治州), the form a zone named after it takes (芜湖经开区);
// the official name when it has none, "" for an unknown code.
func (g *Gazetteer) ShortName(code string) string {
	p, ok := g.Place(code)
	if !ok {
		return ""
	}
	best := p.Name
	if g.shorts == nil {
		return best
	}
	for _, s := range g.shorts.Shorts(p.Name, int(p.Level)) {
		if utf8.RuneCountInString(s) < utf8.RuneCountInString(best) {
			best = s
		}
	}
	return best
}

// ZoneRow is the code of host's own row for the zone ending z (芜湖市 and
// 经开区 give 芜湖经济技术开发区, 340271) when the table has exactly one,
// else host.
func (g *Gazetteer) ZoneRow(host, z string) string {
	for _, r := range g.zones {
		if r.written == z {
			return g.zoneRow(host, r)
		}
	}
	return host
}
