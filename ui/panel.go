package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
)

// panel is the analysis panel beside the reader: a tab per way of looking
// at the article's figures and words.
type panel struct {
	box      *fyne.Container
	message  *widget.Label // a line of news: where an export went
	tabs     *container.AppTabs
	figures  *figuresTab
	charts   *chartsTab
	keywords *keywordsTab
	compare  *compareTab
}

func newPanel(r *chart.Renderer, docs func() []chart.Doc, seg *segment.Segmenter) *panel {
	p := &panel{figures: newFiguresTab(), charts: newChartsTab(r, docs), keywords: newKeywordsTab(seg), compare: newCompareTabFor(r, docs)}
	p.tabs = container.NewAppTabs(
		container.NewTabItem(tr("Figures"), p.figures.box),
		container.NewTabItem(tr("Charts"), p.charts.box),
		container.NewTabItem(tr("Keywords"), p.keywords.box),
		container.NewTabItem(tr("Compare"), p.compare.box),
	)
	p.message = widget.NewLabel("")
	p.message.Truncation = fyne.TextTruncateEllipsis
	p.message.Hide()
	p.box = container.NewBorder(nil, p.message, nil, nil, p.tabs)
	return p
}

func (p *panel) CanvasObject() fyne.CanvasObject { return p.box }

// status shows a line of news under the tabs.
func (p *panel) status(s string) {
	p.message.SetText(s)
	p.message.Show()
	p.box.Refresh()
}

// showPending empties every tab for an article whose analysis is being
// worked out, and says so.
func (p *panel) showPending(a *corpus.Article) {
	p.figures.show(a, nil)
	p.figures.detail.SetText(tr("Finding the figures of this long article…"))
	p.charts.show(a, nil)
	p.keywords.show(a)
}

// show fills every tab for an article.
func (p *panel) show(a *corpus.Article, figs []figure.Figure) {
	p.figures.show(a, figs)
	p.charts.show(a, figs)
	p.keywords.show(a)
}
