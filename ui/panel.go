package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/segment"
)

// panel is the analysis panel beside the reader: a tab per way of looking
// at the article's figures and words. The window talks to it, never to
// its tabs.
type panel struct {
	box      *fyne.Container
	message  *widget.Label // a line of news: where an export went
	tabs     *container.AppTabs
	figures  *figuresTab
	charts   *chartsTab
	keywords *keywordsTab
	compare  *compareTab
}

// The panel's tabs, in order.
const (
	tabFigures = iota
	tabCharts
	tabKeywords
	tabCompare
)

// panelWiring is what the panel needs from the window: what it reads and
// what the user's clicks in it ask the window to do.
type panelWiring struct {
	renderer *chart.Renderer
	docs     func() []chart.Doc // every article with its figures
	seg      *segment.Segmenter
	keywords func(*corpus.Article) ([]keywords.Keyword, bool) // see analyses.keywords
	do       func(func())
	dark     bool
	// compareOpen, when set, opens the library for the Compare tab.
	compareOpen func() (CompareSource, error)

	mark          func(start, end int) // a figure or a word's line chosen
	openRef       func(ref chart.Ref)  // a bar or a compared value's sentence
	exportFigures func()
	// cancelAnalysis stops a big article's analysis under way.
	cancelAnalysis func(*corpus.Article)
	exportChart    func()
	exportCompare  func()
	// showMinor is whether the figures table lists minor figures at
	// first; minorShown is told when the user changes it.
	showMinor  bool
	minorShown func(bool)
}

func newPanel(w panelWiring) *panel {
	p := &panel{figures: newFiguresTab(), charts: newChartsTab(w.renderer, w.docs, w.dark),
		keywords: newKeywordsTab(w.seg, w.keywords, w.do), compare: newCompareTabFor(w.renderer, w.docs)}
	p.figures.OnSelect = func(_ int, f figure.Figure) { w.mark(f.Start, f.End) }
	p.figures.OnExport = w.exportFigures
	p.figures.OnCancel = w.cancelAnalysis
	p.figures.initShowMinor(w.showMinor)
	p.figures.OnShowMinor = w.minorShown
	p.charts.OnBar = w.openRef
	p.charts.OnExport = w.exportChart
	p.keywords.OnLine = func(l keywords.Line) { w.mark(l.Start, l.End) }
	p.tabs = container.NewAppTabs(
		container.NewTabItem(tr("Figures"), p.figures.content()),
		container.NewTabItem(tr("Charts"), p.charts.content()),
		container.NewTabItem(tr("Keywords"), p.keywords.content()),
		container.NewTabItem(tr("Compare"), p.compare.content()),
	)
	p.compare.wire(compareWiring{do: w.do, dark: w.dark, open: w.compareOpen, onRef: w.openRef, onExport: w.exportCompare})
	p.tabs.OnSelected = func(*container.TabItem) {
		if p.tabs.SelectedIndex() == tabCompare {
			p.compare.load()
		}
	}
	p.message = widget.NewLabel("")
	p.message.Truncation = fyne.TextTruncateEllipsis
	p.message.Hide()
	p.box = container.NewBorder(nil, p.message, nil, nil, p.tabs)
	return p
}

func (p *panel) CanvasObject() fyne.CanvasObject { return p.box }

// newArticle drops the line of news when another article comes: "Saved
// 马村区_增速.png" stayed under every article read after, taking a row
// from the table.
func (p *panel) newArticle(a *corpus.Article) {
	if cur, _ := p.figures.current(); cur != a && p.message.Visible() {
		p.message.Hide()
		p.box.Refresh()
	}
}

// status shows a line of news under the tabs.
func (p *panel) status(s string) {
	p.message.SetText(s)
	p.message.Show()
	p.box.Refresh()
}

// showPending empties every tab for an article whose analysis is being
// worked out, and says so.
func (p *panel) showPending(a *corpus.Article) {
	p.newArticle(a)
	p.figures.pending(a)
	p.charts.show(a, nil)
	p.keywords.show(a)
}

// cancelled says that an article's analysis was stopped, and offers to
// start it again.
func (p *panel) cancelled(a *corpus.Article, again func()) {
	p.figures.cancelled(a, again)
	p.keywords.cancelled(a)
}

// show fills every tab for an article.
func (p *panel) show(a *corpus.Article, figs []figure.Figure) {
	p.newArticle(a)
	p.figures.show(a, figs)
	p.charts.show(a, majorFigures(figs))
	p.keywords.show(a)
}

// majorFigures are figs without the minor ones, which no chart offers
// as an indicator: a bar of 召开党委会议5次 beside the GDP would mislead.
func majorFigures(figs []figure.Figure) []figure.Figure {
	n := 0
	for _, f := range figs {
		if f.Minor {
			n++
		}
	}
	if n == 0 {
		return figs
	}
	out := make([]figure.Figure, 0, len(figs)-n)
	for _, f := range figs {
		if !f.Minor {
			out = append(out, f)
		}
	}
	return out
}

// articleFigures are the figures the figures tab shows, all of them, and
// their article.
func (p *panel) articleFigures() (*corpus.Article, []figure.Figure) {
	return p.figures.current()
}

// showKeywords fills the keywords tab alone: it says it is waiting for
// the dictionary, which the figures wait for too.
func (p *panel) showKeywords(a *corpus.Article) { p.keywords.show(a) }

// showFigure brings the figures tab forward with figure i selected: the
// user clicked it in the text.
func (p *panel) showFigure(i int) {
	p.tabs.SelectIndex(tabFigures)
	p.figures.selectFigure(i)
}

// setDark follows the window's theme: the charts are drawn again, and the
// figures' legend takes the theme's colours.
func (p *panel) setDark(dark bool, a *corpus.Article, figs []figure.Figure) {
	p.charts.setDark(dark)
	p.compare.setDark(dark)
	if a != nil {
		p.figures.show(a, figs)
	}
}

// shownFigures are the figures as the table lists them, filtered and sorted.
func (p *panel) shownFigures() []figure.Figure { return p.figures.shown() }

// shownChart is the chart the charts tab shows, nil when none is.
func (p *panel) shownChart() *chart.Chart { return p.charts.shown() }

// chartOnShow is the chart on show when the charts tab is in front.
func (p *panel) chartOnShow() *chart.Chart {
	if p.tabs.SelectedIndex() != tabCharts {
		return nil
	}
	return p.charts.shown()
}

// comparing says whether the Compare tab is in front.
func (p *panel) comparing() bool { return p.tabs.SelectedIndex() == tabCompare }

// libraryChanged tells the Compare tab the library gained or lost
// articles or figures.
func (p *panel) libraryChanged() { p.compare.libraryChanged(p.comparing()) }

// compareExport is the request to export what the Compare tab shows,
// false when it shows nothing.
func (p *panel) compareExport(r *chart.Renderer, done func(path string)) (exportRequest, bool) {
	return p.compare.export(r, done)
}
