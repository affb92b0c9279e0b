package ui

import (
	"math"
	"slices"

	"fyne.io/fyne/v2"

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
		t.view.Enable()
		t.view.SetSelectedIndex(pick)
	} else {
		// Nothing to draw: greyed, rather than a live menu offering
		// （请选择） and no choice.
		t.view.ClearSelected()
		t.view.Disable()
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
		t.message.SetText(reason(err))
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

// tapped opens the sentence of point or bar i of the chart shown.
func (t *compareTab) tapped(i int) {
	if t.chart != nil && t.OnRef != nil && i < len(t.chart.Bars) {
		t.OnRef(t.chart.Bars[i].Ref)
	}
}
