package ui

import (
	"errors"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// chartsTab is the 图表 tab: charts of this article by kind of figure, and
// of one indicator across every article, drawn by data/chart and shown as
// an image at the screen's pixel density; a click on a bar opens its
// sentence.
type chartsTab struct {
	renderer *chart.Renderer
	docs     func() []chart.Doc // every article with its figures

	article *corpus.Article
	figs    []figure.Figure

	scope     *widget.RadioGroup
	kinds     *widget.Select
	kindList  []figure.Kind
	indicator *widget.Select
	indList   []chart.Indicator
	image     *chartPicture
	message   *widget.Label
	box       fyne.CanvasObject

	current *chart.Chart // what is shown; nil when nothing is
	dark    bool
	width   float32 // logical width to draw at: the tab's

	// OnBar is told the text span of a bar the user clicked.
	OnBar func(ref chart.Ref)
	// OnExport asks for the export dialog for the chart shown.
	OnExport func()
}

func newChartsTab(r *chart.Renderer, docs func() []chart.Doc, dark bool) *chartsTab {
	t := &chartsTab{renderer: r, docs: docs, width: defaultChartWidth, dark: dark}
	t.image = newChartPicture(func() float32 { return t.width }, func(w float32) { t.width = w; t.redraw() }, t.tapped)
	t.message = widget.NewLabel("")
	t.message.Wrapping = fyne.TextWrapWord
	t.kinds = newSelect(nil, func(string) { t.redraw() })
	t.indicator = newSelect(nil, func(string) { t.redraw() })
	t.scope = widget.NewRadioGroup([]string{tr("This article"), tr("Across articles")}, func(string) { t.scopeChanged() })
	t.scope.Horizontal = true
	t.scope.Required = true // clicking the chosen scope again must not leave none chosen
	export := &widget.Button{Text: tr("Export…"), Icon: theme.DocumentSaveIcon(), OnTapped: func() {
		if t.OnExport != nil {
			t.OnExport()
		}
	}}
	// The picker has a row of its own: beside the scope and the export
	// button it had about 100 px, and 固定资产投资 read 固定资….
	pickers := container.NewStack(t.kinds, t.indicator)
	top := container.NewVBox(container.NewBorder(nil, nil, t.scope, export), pickers)
	t.box = container.NewBorder(top, t.message, nil, nil, container.NewVScroll(t.image))
	t.scope.SetSelected(tr("This article"))
	return t
}

func (t *chartsTab) acrossArticles() bool { return t.scope.Selected == tr("Across articles") }

func (t *chartsTab) scopeChanged() {
	if t.acrossArticles() {
		t.kinds.Hide()
		t.indicator.Show()
		if len(t.indList) == 0 {
			t.loadIndicators()
		}
	} else {
		t.indicator.Hide()
		t.kinds.Show()
	}
	t.redraw()
}

// loadIndicators lists the indicators found in more than one article
// first: those are the ones worth comparing.
func (t *chartsTab) loadIndicators() {
	t.indList = chart.Indicators(t.docs())
	opts := make([]string, len(t.indList))
	for i, ind := range t.indList {
		opts[i] = fmt.Sprintf("%s (%d)", ind.Name, ind.Figures)
	}
	t.indicator.Options = opts
	if len(opts) > 0 {
		t.indicator.SetSelectedIndex(0)
	}
}

// content is the tab's content, for the panel's tabs.
func (t *chartsTab) content() fyne.CanvasObject { return t.box }

// show prepares the tab for an article.
func (t *chartsTab) show(a *corpus.Article, figs []figure.Figure) {
	t.article, t.figs = a, figs
	t.kindList = chart.Kinds(figs)
	opts := make([]string, len(t.kindList))
	for i, k := range t.kindList {
		opts[i] = kindLabel(k)
	}
	t.kinds.Options = opts
	t.kinds.ClearSelected()
	if len(opts) > 0 {
		t.kinds.SetSelectedIndex(0) // redraws
		return
	}
	t.redraw()
}

// chart builds the chart the pickers ask for.
func (t *chartsTab) chart() (chart.Chart, error) {
	if t.acrossArticles() {
		i := t.indicator.SelectedIndex()
		if i < 0 || i >= len(t.indList) {
			return chart.Chart{}, chart.ErrNoFigures
		}
		return chart.ForIndicator(t.indList[i].Name, "", t.docs())
	}
	if t.article == nil {
		return chart.Chart{}, chart.ErrNoFigures
	}
	i := t.kinds.SelectedIndex()
	if i < 0 || i >= len(t.kindList) {
		return chart.Chart{}, chart.ErrNoFigures
	}
	return chart.ForArticle(t.article, t.figs, t.kindList[i])
}

// Charts are drawn as wide as the tab, but no narrower than this.
const (
	defaultChartWidth = 480
	minChartWidth     = 360
)

func (t *chartsTab) redraw() {
	c, err := t.chart()
	if err != nil {
		t.current = nil
		t.image.set(nil, chart.Map{}, fyne.Size{})
		if errors.Is(err, chart.ErrNoFigures) {
			t.message.SetText(tr("Nothing to chart here."))
		} else {
			t.message.SetText(reason(err))
		}
		return
	}
	t.current = &c
	w := int(max(t.width, minChartWidth))
	h := max(chart.SuggestHeightScaled(c, w, 1), w*5/8)
	if c.Kind == chart.VBar {
		h = max(h, w*4/5) // columns need height once the header takes its full size
	}
	scale := float64(1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(t.image); cv != nil {
		scale = float64(cv.Scale())
	}
	img, m, err := t.renderer.Image(c, chart.Options{Width: w, Height: h, Scale: max(scale, 1), Dark: t.dark, TextScale: 1})
	if err != nil {
		t.message.SetText(reason(err))
		return
	}
	t.image.set(img, m, fyne.NewSize(float32(w), float32(h)))
	t.message.SetText(tr("{{.N}} bars. Click a bar to read its sentence.", map[string]any{"N": strconv.Itoa(len(c.Bars))}))
}

// shown is the chart on show, nil when there is none.
func (t *chartsTab) shown() *chart.Chart { return t.current }

// setDark follows the window's theme.
func (t *chartsTab) setDark(dark bool) {
	if t.dark != dark {
		t.dark = dark
		t.redraw()
	}
}

// tapped opens the sentence of bar i of the chart shown.
func (t *chartsTab) tapped(i int) {
	if t.current != nil && t.OnBar != nil && i < len(t.current.Bars) {
		t.OnBar(t.current.Bars[i].Ref)
	}
}
