package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// panel is the analysis panel beside the reader: a tab per way of looking
// at the article's figures and words.
type panel struct {
	tabs    *container.AppTabs
	figures *figuresTab
}

func newPanel() *panel {
	p := &panel{figures: newFiguresTab()}
	p.tabs = container.NewAppTabs(
		container.NewTabItem(tr("Figures"), p.figures.box),
	)
	return p
}

func (p *panel) CanvasObject() fyne.CanvasObject { return p.tabs }

// show fills every tab for an article.
func (p *panel) show(a *corpus.Article, figs []figure.Figure) {
	p.figures.show(a, figs)
}
