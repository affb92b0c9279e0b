package figure

import (
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
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
