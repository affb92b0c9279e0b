package ui

import (
	"image"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
)

// offerViews lists the charts of the table: over the years (a line per
// place, or a small chart per place past compare.MaxLines), then ranked
// in each year, the latest first. The one chosen stays while the table
// has it: the same year ranked after the range or the places changed.
func (t *compareTab) offerViews() {
	var was compare.Column
	if i := t.view.SelectedIndex(); i >= 0 && i < len(t.views) {
		was = t.views[i]
	}
	t.views = nil
	var opts []string
	if len(t.current.Columns) > 1 {
		t.views = append(t.views, compare.Column{})
		if t.current.OverYears().Kind == chart.Multiples {
			opts = append(opts, tr("Small multiples"))
		} else {
			opts = append(opts, tr("Over the years"))
		}
	}
	for j := len(t.current.Columns) - 1; j >= 0; j-- {
		t.views = append(t.views, t.current.Columns[j])
		opts = append(opts, tr("Ranked in {{.Year}}", map[string]any{"Year": t.current.Columns[j].Label()}))
	}
	pick := max(0, slices.Index(t.views, was))
	t.view.OnChanged = nil // show redraws once
	t.view.Options = opts
	if len(opts) > 0 {
		t.view.SetSelectedIndex(pick)
	} else {
		t.view.ClearSelected()
	}
	t.view.OnChanged = func(string) { t.redraw() }
}

// viewChart is the chart the view picker asks for.
func (t *compareTab) viewChart() chart.Chart {
	i := t.view.SelectedIndex()
	if i < 0 || i >= len(t.views) {
		return t.current.Chart()
	}
	if v := t.views[i]; v != (compare.Column{}) {
		return t.current.Ranked(slices.Index(t.current.Columns, v))
	}
	return t.current.OverYears()
}

// redraw draws the chart the picker asks for as wide as the tab.
func (t *compareTab) redraw() {
	if t.renderer == nil || len(t.current.Places) == 0 {
		return
	}
	c := t.viewChart()
	if len(c.Bars) == 0 {
		t.chart = nil
		t.image.set(nil, chart.Map{}, fyne.Size{})
		return
	}
	t.chart = &c
	w := int(max(t.width, minChartWidth))
	h := w * 5 / 8
	if c.Kind != chart.Lines {
		h = max(h, chart.SuggestHeightScaled(c, w, 1))
	}
	scale := float64(1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(t.image); cv != nil {
		scale = float64(cv.Scale())
	}
	img, m, err := t.renderer.Image(c, chart.Options{Width: w, Height: h, Scale: math.Max(scale, 1), Dark: t.dark, TextScale: 1})
	if err != nil {
		t.message.SetText(err.Error())
		return
	}
	t.image.set(img, m, fyne.NewSize(float32(w), float32(h)))
}

// legend is the places the chart draws, in its legend's order (for a
// ranked chart, from the first down).
func (t *compareTab) legend() []string {
	if t.chart == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, b := range t.chart.Bars {
		name := b.Group
		if name == "" {
			name = b.Label
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// compareImage shows the chart at its logical size; a click on a point
// or bar opens its sentence.
type compareImage struct {
	widget.BaseWidget
	tab  *compareTab
	img  *canvas.Image
	bars chart.Map
	size fyne.Size
}

func newCompareImage(t *compareTab) *compareImage {
	c := &compareImage{tab: t, img: canvas.NewImageFromImage(nil)}
	c.img.FillMode = canvas.ImageFillContain
	c.img.ScaleMode = canvas.ImageScaleSmooth
	c.ExtendBaseWidget(c)
	return c
}

func (c *compareImage) set(img image.Image, m chart.Map, size fyne.Size) {
	c.img.Image, c.bars, c.size = img, m, size
	c.img.SetMinSize(size)
	c.img.Refresh()
	c.Refresh()
}

func (c *compareImage) MinSize() fyne.Size { return fyne.NewSize(minChartWidth, c.size.Height) }

// Resize redraws the chart for a new width, as the Charts tab does.
func (c *compareImage) Resize(s fyne.Size) {
	c.BaseWidget.Resize(s)
	if d := s.Width - c.tab.width; (d > 4 || d < -4) && s.Width > 0 {
		c.tab.width = s.Width
		c.tab.redraw()
	}
}

func (c *compareImage) CreateRenderer() fyne.WidgetRenderer { return &compareImageRenderer{c} }

type compareImageRenderer struct{ c *compareImage }

func (r *compareImageRenderer) Layout(s fyne.Size) {
	r.c.img.Move(fyne.NewPos(max(0, (s.Width-r.c.size.Width)/2), 0))
	r.c.img.Resize(r.c.size)
}
func (r *compareImageRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *compareImageRenderer) Refresh()                     { r.Layout(r.c.Size()); r.c.img.Refresh() }
func (r *compareImageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.img} }
func (r *compareImageRenderer) Destroy()                     {}

// Tapped opens the sentence of the point or bar under the pointer.
func (c *compareImage) Tapped(ev *fyne.PointEvent) {
	t := c.tab
	if t.chart == nil || t.OnRef == nil || c.img.Image == nil {
		return
	}
	p := ev.Position.Subtract(c.img.Position())
	if i := c.bars.BarAt(image.Pt(int(p.X), int(p.Y))); i >= 0 && i < len(t.chart.Bars) {
		t.OnRef(t.chart.Bars[i].Ref)
	}
}
