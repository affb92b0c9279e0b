package ui

import (
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/search"
)

// openHit opens a search result's article and marks the passage's terms.
func (m *Main) openHit(h search.Hit) {
	m.openRef(chart.Ref{Doc: h.Doc, Start: h.Start, End: h.End})
}

// openRef opens the article a chart bar comes from and marks its figure.
func (m *Main) openRef(ref chart.Ref) {
	if a := m.articleByID(ref.Doc); a != nil {
		m.lib.selectID(a.ID)
		m.reader.Mark(ref.Start, ref.End)
	}
}

// isDark tells whether the window is dark, whichever way it came to be.
func (m *Main) isDark() bool {
	r, g, b, _ := m.app.Settings().Theme().Color(theme.ColorNameBackground, m.app.Settings().ThemeVariant()).RGBA()
	return r+g+b < 3*0x8000
}
