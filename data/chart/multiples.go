package chart

import (
	"image"
	"math"
	"sort"
	"strings"
)

// Small multiples: a grid of small line charts, one per group (a place),
// all on one value scale, for more places than one chart's lines can be
// told apart by colour (a province's counties). A panel is named by its
// place and its latest value, so no legend is needed; the value ticks
// label the first panel of each row, the years the foot of every panel.

// Sizes of a panel, before the page's scale k.
const (
	panelMinW    = 132.0 // the narrowest panel
	panelGap     = 18.0  // between panels across
	panelRowGap  = 14.0  // between rows of panels
	panelDesignH = 108.0 // a panel's height as SuggestHeight gives it room
	panelMinH    = 76.0  // below this a row is left out, and the note says so
	panelMaxH    = 170.0
	panelMaxCols = 6
)

// gridOf lays n panels out across width (logical pixels for the panels
// and their gaps): as many columns as fit, then as few as keep that many
// rows, so the last row is not nearly empty.
func gridOf(n int, width, k float64) (cols, rows int) {
	if n <= 0 {
		return 1, 0
	}
	cols = int((width + panelGap*k) / ((panelMinW + panelGap) * k))
	cols = max(1, min(cols, panelMaxCols, n))
	rows = (n + cols - 1) / cols
	cols = (n + rows - 1) / rows
	return cols, rows
}

// multiLayout is where the panels go.
type multiLayout struct {
	left, panelW, panelH float64 // the first panel's left edge, each panel's size
	cols, rows           int
	shown                int // the groups whose panels fit, in order
	ticks                []float64
	lo, hi               float64
}

// multiLayout lays the panels out between top and bottom.
func (p *page) multiLayout(top, bottom float64) multiLayout {
	k := p.k
	ts := tickSize * k
	lo, hi := 0.0, 0.0
	for _, b := range p.c.Bars {
		lo, hi = math.Min(lo, b.Value), math.Max(hi, b.Value)
	}
	var ml multiLayout
	ml.ticks, ml.lo, ml.hi = axis(lo, hi, 3) // a small panel reads two or three ticks
	tickW := 0.0
	for _, t := range ml.ticks {
		tickW = math.Max(tickW, p.r.width(formatTick(t, ml.ticks), ts))
	}
	ml.left = p.pad + tickW + 6*k
	inner := p.w - p.pad - ml.left
	ml.cols, ml.rows = gridOf(len(p.groups), inner, k)
	ml.panelW = (inner - float64(ml.cols-1)*panelGap*k) / float64(ml.cols)
	avail := bottom - top
	ml.panelH = (avail - float64(ml.rows-1)*panelRowGap*k) / float64(max(1, ml.rows))
	ml.panelH = math.Min(ml.panelH, panelMaxH*k)
	ml.shown = len(p.groups)
	if ml.panelH < panelMinH*k {
		ml.panelH = panelMinH * k
		fit := int((avail + panelRowGap*k) / ((panelMinH + panelRowGap) * k))
		ml.shown = min(len(p.groups), max(0, fit)*ml.cols)
	}
	return ml
}

// multiplesShown is how many bars the panels that fit hold.
func (p *page) multiplesShown(top, bottom float64) int {
	ml := p.multiLayout(top, bottom)
	n := 0
	for _, b := range p.c.Bars {
		if p.groupIndex(b.Group) < ml.shown {
			n++
		}
	}
	return n
}

// multiples draws a panel per group, in the groups' order, left to right
// and top to bottom.
func (p *page) multiples(top, bottom float64) {
	if len(p.c.Categories) == 0 || len(p.c.Bars) == 0 {
		p.empty(top, bottom)
		return
	}
	ml := p.multiLayout(top, bottom)
	catOf := map[string]int{}
	for i, c := range p.c.Categories {
		catOf[c] = i
	}
	byGroup := make([][]point, len(p.groups))
	for i, b := range p.c.Bars {
		if ci, ok := catOf[b.Label]; ok {
			g := p.groupIndex(b.Group)
			byGroup[g] = append(byGroup[g], point{bar: i, cat: ci})
		}
	}
	for g := 0; g < ml.shown; g++ {
		r, c := g/ml.cols, g%ml.cols
		x0 := ml.left + float64(c)*(ml.panelW+panelGap*p.k)
		y0 := top + float64(r)*(ml.panelH+panelRowGap*p.k)
		p.panel(ml, g, byGroup[g], x0, y0, c == 0)
	}
}

// panel draws group g's small chart with its top left corner at x0, y0;
// ticks says whether the value ticks are labelled left of it.
func (p *page) panel(ml multiLayout, g int, pts []point, x0, y0 float64, ticks bool) {
	k := p.k
	ns, vs, ts := labelSize*k*0.95, valueSize*k*0.95, tickSize*k
	x1 := x0 + ml.panelW
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].cat < pts[j].cat })

	// The name, and the latest value at the right.
	nameBase := y0 + p.r.ascent*ns
	latest := ""
	name := p.groups[g]
	if name == "" {
		name = "未注明"
	}
	value := ""
	if len(pts) > 0 {
		last := pts[len(pts)-1]
		value = p.valueText(p.c.Bars[last.bar])
		latest = value
		if last.cat != len(p.c.Categories)-1 {
			latest = p.c.Categories[last.cat] + " " + value // not the latest year: say whose
		}
		latest = p.r.fit(latest, vs, ml.panelW*0.6)
	}
	// A long name (巴音郭楞蒙古自治州) takes the year's room, then is set
	// smaller, and only then shortened.
	room := func() float64 { return ml.panelW - p.r.width(latest, vs) - 8*k }
	if p.r.width(name, ns) > room() && latest != value {
		latest = p.r.fit(value, vs, ml.panelW*0.6)
	}
	if w := p.r.width(name, ns); w > room() {
		ns = math.Max(ns*0.8, ns*room()/w)
	}
	p.text(p.r.fit(name, ns, room()), x0, nameBase, ns, p.th.ink, left)
	p.text(latest, x1, nameBase, vs, p.th.muted, right)

	// The plot: under the name, over the years.
	rad := 2.8 * k
	plotTop := y0 + ns*1.45 + rad + 2*k
	plotBottom := y0 + ml.panelH - ts*1.55
	y := func(v float64) float64 { return plotBottom - (v-ml.lo)/(ml.hi-ml.lo)*(plotBottom-plotTop) }
	for _, t := range ml.ticks {
		col := p.th.grid
		if t == 0 {
			col = p.th.axis
		}
		Y := y(t)
		p.rect(x0, Y, x1, Y+1/p.s*math.Max(1, p.s*0.75*k), col)
		if ticks {
			p.text(formatTick(t, ml.ticks), x0-5*k, Y+(p.r.ascent-p.r.descent)/2*ts, ts, p.th.muted, right)
		}
	}
	x, step := p.panelCategories(x0, x1, plotBottom+ts*1.3, rad)

	col := p.th.series[0]
	var run [][2]float64
	for i, pt := range pts {
		if i > 0 && pt.cat != pts[i-1].cat+1 {
			p.polyline(run, 1.6*k, col)
			run = nil
		}
		run = append(run, [2]float64{x(pt.cat), y(p.c.Bars[pt.bar].Value)})
	}
	p.polyline(run, 1.6*k, col)
	for _, pt := range pts {
		X, Y := x(pt.cat), y(p.c.Bars[pt.bar].Value)
		p.dot(X, Y, rad, col)
		if p.c.Bars[pt.bar].Derived {
			p.dot(X, Y, rad*0.55, p.th.ground)
		}
		half := math.Max(step/2, 6*k)
		p.m.Bars[pt.bar] = image.Rect(int(math.Max(x0, X-half)), int(Y-8*k), int(math.Ceil(math.Min(x1, X+half))), int(math.Ceil(Y+8*k)))
	}
}

// panelCategories labels the years under a panel (without 年): every one
// where they fit, else the first and the last, else the last. It returns
// where each category lies across the panel and the step between two.
func (p *page) panelCategories(x0, x1, base, rad float64) (func(int) float64, float64) {
	ts := tickSize * p.k
	cats := p.c.Categories
	labels := make([]string, len(cats))
	widest := 0.0
	for i, c := range cats {
		labels[i] = strings.TrimSuffix(c, "年")
		widest = math.Max(widest, p.r.width(labels[i], ts))
	}
	// Inset the points so that a label centred under the first or the last
	// stays inside the panel.
	widest = math.Min(widest, (x1-x0)/2)
	inset := math.Max(rad+2*p.k, widest/2)
	xs, xe := x0+inset, x1-inset
	n := len(cats)
	step := xe - xs
	if n > 1 {
		step /= float64(n - 1)
	}
	x := func(i int) float64 {
		if n == 1 {
			return (x0 + x1) / 2
		}
		return xs + float64(i)*step
	}
	gap := widest + 4*p.k
	for i, l := range labels {
		all := step >= gap
		ends := (i == 0 || i == n-1) && xe-xs >= gap
		if all || ends || i == n-1 {
			p.text(p.r.fit(l, ts, x1-x0), x(i), base, ts, p.th.muted, center)
		}
	}
	return x, step
}
