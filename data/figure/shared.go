package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// sharedSubject is the name a report's title gives its place when that
// name is shared by several places and nothing in the text says which
// (朝阳区2023年经济运行情况: Beijing's or Changchun's): the region is written
// as the title names it, with no code, rather than left empty or guessed.
// It is "" unless the title names exactly one place, by its full name.
func sharedSubject(g *gazetteer.Gazetteer, a *corpus.Article, ms []gazetteer.Mention) string {
	end := titleSpan(a)
	name := ""
	for _, m := range ms {
		if m.Start >= end {
			break
		}
		if len(m.Codes) < 2 || m.Zone != "" || name != "" {
			return "" // a resolved place, a zone or a second name in the title
		}
		for _, c := range m.Codes {
			if pl, ok := g.Place(c); !ok || pl.Name != m.Text || pl.Level == gazetteer.Town {
				return "" // a short form (朝阳: a city or a district) or a town
			}
		}
		name = m.Text
	}
	return name
}

// zoneTable is the gazetteer's zone endings as bareZones reads them: all
// of them longest first, those written alone, and their last characters.
type zoneTable struct {
	endings []string
	alone   map[string]bool
	lasts   []string
	lastAt  [][]int // for each of lasts, where the text writes it: found once, not for every figure
	// byLast are, for each of lasts, the endings (longest first) that a
	// text ending with it can end with: 区 is written at nearly every
	// figure (地区生产总值, 全区), and trying all the endings at each was
	// most of bareZones
	byLast [][]string
}

// zoneTable builds the table once per article.
func (p *places) zoneTable() *zoneTable {
	if p.zones != nil {
		return p.zones
	}
	zt := &zoneTable{endings: p.g.ZoneEndings(), alone: map[string]bool{}}
	for _, z := range p.g.BareZones() {
		zt.alone[z] = true
	}
	seen := map[string]bool{}
	for _, z := range zt.endings {
		_, n := hanzi.DecodeLastRune(z)
		if last := z[len(z)-n:]; !seen[last] {
			seen[last] = true
			zt.lasts = append(zt.lasts, last)
		}
	}
	zt.byLast = make([][]string, len(zt.lasts))
	for i, last := range zt.lasts {
		for _, z := range zt.endings {
			if strings.HasSuffix(z, last) || strings.HasSuffix(last, z) {
				zt.byLast[i] = append(zt.byLast[i], z)
			}
		}
	}
	p.zones = zt
	return zt
}
