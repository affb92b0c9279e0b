package chart

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strings"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// page is a chart being laid out and drawn, in logical pixels.
type page struct {
	*pen
	c      Chart
	th     theme
	w, h   float64
	k      float64 // text scale for the page size
	pad    float64
	groups []string // in order of first appearance
	m      Map
}

// sizes of text, before the page's scale k.
const (
	titleSize  = 18
	subSize    = 12.5
	labelSize  = 13
	valueSize  = 12
	tickSize   = 11
	footSize   = 11
	legendSize = 11.5
)

func (r *Renderer) draw(rd gochart.Renderer, c Chart, opt Options) Map {
	return r.layout(rd, c, opt).m
}

// layout draws c and returns the page, with where each label went.
func (r *Renderer) layout(rd gochart.Renderer, c Chart, opt Options) *page {
	th := themeOf(opt)
	w, h := float64(opt.Width), float64(opt.Height)
	k := math.Min(w/DefaultWidth, h/DefaultHeight)
	k = math.Max(0.75, math.Min(1.5, k))
	if opt.TextScale > 0 {
		k = math.Max(0.5, math.Min(2, opt.TextScale))
	}
	p := &page{
		pen: &pen{rd: rd, r: r, s: opt.Scale},
		c:   c, th: th, w: w, h: h, k: k, pad: 18 * k,
		m: Map{Bars: make([]image.Rectangle, len(c.Bars))},
	}
	seen := map[string]bool{}
	for _, b := range c.Bars {
		if !seen[b.Group] {
			seen[b.Group] = true
			p.groups = append(p.groups, b.Group)
		}
	}
	if opt.Format == SVG {
		p.rect(0, 0, w, h, th.ground) // a PNG's ground is laid before
	}
	top := p.header()
	kind := c.Kind
	if kind == VBar && !p.columnsFit(top) {
		// Rows instead of columns; a row's label names its group, which
		// a column shows by its place among its group's columns.
		kind = HBar
		if len(p.groups) > 1 {
			bars := slices.Clone(c.Bars)
			for i := range bars {
				bars[i].Label = strings.TrimSpace(bars[i].Group + " " + bars[i].Label)
			}
			p.c.Bars = bars
		}
	}
	// The foot depends on how many bars fit, which depends on the foot:
	// lay out with the foot as it would be, then once more if bars were
	// left out and the note about it takes another line.
	hidden := 0
	for range 2 {
		bottom := p.footer(hidden, false)
		var shown int
		switch kind {
		case VBar, Lines:
			shown = len(c.Bars)
		case Multiples:
			shown = p.multiplesShown(top, bottom)
		default:
			shown = p.rowsFit(top, bottom)
		}
		if len(c.Bars)-shown == hidden {
			break
		}
		hidden = len(c.Bars) - shown
	}
	bottom := p.footer(hidden, true)
	switch kind {
	case VBar:
		p.columns(top, bottom)
	case Lines:
		p.lines(top, bottom)
	case Multiples:
		p.multiples(top, bottom)
	default:
		p.rows(top, bottom, len(c.Bars)-hidden, kind == Dots)
	}
	return p
}

// color is the fill of bar b.
func (p *page) color(b Bar) drawing.Color {
	if len(p.groups) > 1 {
		for i, g := range p.groups {
			if g == b.Group {
				return p.th.series[i%len(p.th.series)]
			}
		}
	}
	if b.Value < 0 && p.c.Kind != Dots {
		return p.th.negative
	}
	return p.th.series[0]
}

func (p *page) hasDerived() bool {
	for _, b := range p.c.Bars {
		if b.Derived {
			return true
		}
	}
	return false
}

// header draws title, subtitle and legend and returns where the plot may
// begin.
func (p *page) header() float64 {
	k, y := p.k, p.pad
	inner := p.w - 2*p.pad
	if p.c.Title != "" {
		s := titleSize * k
		p.text(p.r.fit(p.c.Title, s, inner), p.pad, y+p.r.ascent*s, s, p.th.ink, left)
		y += s * 1.45
	}
	if p.c.Subtitle != "" {
		s := subSize * k
		p.text(p.r.fit(p.c.Subtitle, s, inner), p.pad, y+p.r.ascent*s, s, p.th.muted, left)
		y += s * 1.5
	}
	if items := p.legend(); len(items) > 0 {
		s := legendSize * k
		x := p.pad
		base := y + p.r.ascent*s
		box := s * 0.8
		lines, most := 1, 2 // a third line of legend would crowd the plot out
		if p.c.Kind == Lines {
			most = 4 // but a line is read by its colour: name every place
		}
		for _, it := range items {
			it.label = p.r.fit(it.label, s, inner-box-5*k)
			bw := box + 5*k + p.r.width(it.label, s)
			if x+bw > p.w-p.pad {
				if lines == most {
					break
				}
				lines++
				x, base = p.pad, base+s*1.5
				y += s * 1.5
			}
			p.rect(x, base-box, x+box, base, it.fill)
			if it.outline {
				p.frame(x, base-box, x+box, base, math.Max(1/p.s, 1.2*k), it.line)
			}
			p.text(it.label, x+box+5*k, base, s, p.th.muted, left)
			x += bw + 16*k
		}
		y += s * 1.6
	}
	return y + 8*k
}

type legendItem struct {
	label      string
	fill, line drawing.Color
	outline    bool
}

func (p *page) legend() []legendItem {
	var items []legendItem
	// Small multiples name each place over its panel.
	if (len(p.groups) > 1 || p.c.Kind == Lines) && p.c.Kind != Multiples {
		for i, g := range p.groups {
			name := g
			if name == "" {
				name = "未注明"
			}
			items = append(items, legendItem{label: name, fill: p.th.series[i%len(p.th.series)]})
		}
	}
	if p.hasDerived() {
		c := p.th.series[0]
		if len(p.groups) > 1 {
			c = p.th.muted
		}
		items = append(items, legendItem{label: "推算值，原文未直接写出", fill: blend(c, p.th.ground, 0.6), line: c, outline: true})
	}
	return items
}

// footer works out the source and note lines, draws them when draw is
// set, and returns the y above them.
func (p *page) footer(hidden int, draw bool) float64 {
	k := p.k
	s := footSize * k
	inner := p.w - 2*p.pad
	var lines []string
	if p.c.Source != "" {
		lines = append(lines, p.r.wrap("来源："+p.c.Source, s, inner, 2)...)
	}
	note := p.c.Note
	if hidden > 0 {
		more := fmt.Sprintf("另有%d项因篇幅未画出，可加大图表高度。", hidden)
		if note != "" {
			note += "　"
		}
		note += more
	}
	if note != "" {
		lines = append(lines, p.r.wrap(note, s, inner, 2)...)
	}
	lh := s * 1.45
	top := p.h - p.pad - float64(len(lines))*lh
	if draw {
		for i, l := range lines {
			p.text(l, p.pad, top+float64(i)*lh+p.r.ascent*s, s, p.th.muted, left)
		}
	}
	return top - 6*k
}

// rowHeight bounds for horizontal bars.
func (p *page) minRow() float64 { return labelSize * p.k * 1.45 }
func (p *page) maxRow() float64 { return labelSize * p.k * 3.2 }

// rowsFit is how many horizontal rows fit between top and bottom.
func (p *page) rowsFit(top, bottom float64) int {
	avail := bottom - top - tickSize*p.k*1.8
	n := int(avail / p.minRow())
	return max(0, min(n, len(p.c.Bars)))
}

// valueText is what is printed at a bar's end, at most a quarter of the
// page wide.
func (p *page) valueText(b Bar) string {
	s := b.ValueLabel
	if s == "" {
		s = formatNumber(b.Value) + p.c.Unit
	}
	return p.r.fit(s, valueSize*p.k, 0.25*(p.w-2*p.pad))
}

// rows draws the first n bars as horizontal bars, or dots on a scale
// from 1 when dots is set.
func (p *page) rows(top, bottom float64, n int, dots bool) {
	if n == 0 {
		p.empty(top, bottom)
		return
	}
	k := p.k
	bars := p.c.Bars[:n]
	ls, vs, ts := labelSize*k, valueSize*k, tickSize*k

	// The label column: as wide as the widest label (with its tag), up to
	// 40% of the page.
	labelW := 0.0
	for _, b := range bars {
		labelW = math.Max(labelW, p.r.width(b.Label, ls)+p.tagWidth(b, ls))
	}
	labelW = math.Min(labelW, 0.4*(p.w-2*p.pad))
	labelRight := p.pad + labelW

	// The value domain: from zero (or 1 for ranks), covering every value.
	lo, hi := 0.0, 0.0
	if dots {
		lo, hi = 1, 3
	}
	for _, b := range bars {
		lo, hi = math.Min(lo, b.Value), math.Max(hi, b.Value)
	}
	if top, ok := offScale(values(bars)); ok && !dots {
		hi = top
	}
	plotH := math.Min(bottom-top-ts*1.8, float64(n)*p.maxRow())
	row := plotH / float64(n)
	plotBottom := top + plotH

	// Horizontal room: values below zero print left of their bar, values
	// above it right of theirs; leave room for both.
	negW, posW := 0.0, 0.0
	for _, b := range bars {
		lw := p.r.width(p.valueText(b), vs) + 6*k
		if b.Value < 0 {
			negW = math.Max(negW, lw)
		} else {
			posW = math.Max(posW, lw)
		}
	}
	if dots {
		posW += 6 * k
	}
	L := labelRight + 12*k + negW
	R := p.w - p.pad - posW
	var ticks []float64
	if dots {
		ticks = rankTicks(hi, (R-L)/(45*k))
		lo, hi = 0.5, ticks[len(ticks)-1]+0.5
	} else {
		ticks, lo, hi = axis(lo, hi, int((R-L)/(70*k)))
	}
	// Let the value labels use the room past the last tick: widen the
	// plot as far as every label still ends inside the page.
	if !dots && hi > 0 {
		wmax := p.w - p.pad
		best := wmax - p.r.width(formatTick(hi, ticks), ts)/2
		for _, b := range bars {
			if f := (min(b.Value, hi) - lo) / (hi - lo); b.Value > 0 && f > 0 {
				lw := p.r.width(p.valueText(b), vs) + 6*k
				best = math.Min(best, L+(wmax-L-lw)/f)
			}
		}
		R = math.Max(R, best)
	}
	x := func(v float64) float64 { return L + (v-lo)/(hi-lo)*(R-L) }

	// Grid and axis.
	for _, t := range ticks {
		X := x(t)
		c := p.th.grid
		if t == 0 {
			c = p.th.axis
		}
		p.rect(X, top, X+1/p.s*math.Max(1, p.s*0.75*k), plotBottom, c)
		tick := formatTick(t, ticks)
		if dots {
			tick = "第" + tick
		}
		p.text(tick, X, plotBottom+ts*1.35, ts, p.th.muted, center)
	}
	if !dots && lo < 0 {
		p.rect(x(0), top, x(0)+1/p.s*math.Max(1, p.s*k), plotBottom, p.th.axis)
	}

	for i, b := range bars {
		y0 := top + float64(i)*row
		yc := y0 + row/2
		base := yc + (p.r.ascent-p.r.descent)/2*ls
		label := p.r.fit(b.Label, ls, labelW-p.tagWidth(b, ls))
		tw := p.tagWidth(b, ls)
		p.text(label, labelRight-tw, base, ls, p.th.ink, right)
		if tw > 0 {
			p.text(b.Tag, labelRight, base-0.05*ls, ls*0.82, p.th.muted, right)
		}
		col := p.color(b)
		vbase := yc + (p.r.ascent-p.r.descent)/2*vs
		if dots {
			p.rect(x(lo), yc, x(hi), yc+1/p.s*math.Max(1, p.s*k), p.th.grid)
			rad := math.Min(row*0.28, 7*k)
			if b.Derived {
				p.dot(x(b.Value), yc, rad, col)
				p.dot(x(b.Value), yc, rad*0.6, p.th.ground)
			} else {
				p.dot(x(b.Value), yc, rad, col)
			}
			p.text(p.valueText(b), x(b.Value)+rad+5*k, vbase, vs, p.th.ink, left)
		} else {
			t := math.Min(row*0.62, 24*k)
			x0, x1 := x(0), x(min(b.Value, hi))
			p.bar(x0, yc-t/2, x1, yc+t/2, col, b.Derived)
			if b.Value > hi {
				p.broken(x1-14*k, yc-t/2-2*k, x1-9*k, yc+t/2+2*k)
			}
			if b.Value < 0 {
				p.text(p.valueText(b), x1-5*k, vbase, vs, p.th.ink, right)
			} else {
				p.text(p.valueText(b), x1+5*k, vbase, vs, p.th.ink, left)
			}
		}
		p.m.Bars[i] = image.Rect(int(p.pad), int(y0), int(math.Ceil(p.w-p.pad)), int(math.Ceil(y0+row)))
	}
}

// tagWidth is the room a bar's tag takes after its label.
func (p *page) tagWidth(b Bar, ls float64) float64 {
	if b.Tag == "" {
		return 0
	}
	return p.r.width(b.Tag, ls*0.82) + 6*p.k
}

// bar fills a bar, lighter and outlined when derived.
func (p *page) bar(x0, y0, x1, y1 float64, c drawing.Color, derived bool) {
	if !derived {
		p.rect(x0, y0, x1, y1, c)
		return
	}
	p.rect(x0, y0, x1, y1, blend(c, p.th.ground, 0.6))
	p.frame(x0, y0, x1, y1, math.Max(1/p.s, 1.2*p.k), c)
}

// broken cuts a gap of the ground's colour across a bar drawn off the
// scale: the axis's break, as a printed chart marks it.
func (p *page) broken(x0, y0, x1, y1 float64) {
	p.rect(x0, y0, x1, y1, p.th.ground)
}

// byLabel reports columns in runs of one label (a year) rather than of
// one group.
func byLabel(bars []Bar) bool {
	runs := 1
	for i := 1; i < len(bars); i++ {
		if bars[i].Label != bars[i-1].Label {
			runs++
		}
	}
	seen := map[string]bool{}
	for _, b := range bars {
		seen[b.Label] = true
	}
	return runs == len(seen)
}

func values(bars []Bar) []float64 {
	out := make([]float64, len(bars))
	for i, b := range bars {
		out[i] = b.Value
	}
	return out
}

func (p *page) empty(top, bottom float64) {
	s := labelSize * p.k
	p.text("没有可画的数据", p.w/2, (top+bottom)/2, s, p.th.muted, center)
}

// columnsFit reports whether vertical columns leave each label its room.
func (p *page) columnsFit(top float64) bool {
	n := len(p.c.Bars)
	if n == 0 {
		return true
	}
	band := (p.w - 2*p.pad - 50*p.k) / float64(n)
	need := 26 * p.k
	for _, b := range p.c.Bars {
		need = math.Max(need, p.r.width(b.Label, labelSize*p.k)+8*p.k)
	}
	return band >= need
}

// columns draws every bar as a vertical column, groups side by side.
func (p *page) columns(top, bottom float64) {
	bars := p.c.Bars
	if len(bars) == 0 {
		p.empty(top, bottom)
		return
	}
	k := p.k
	ls, vs, ts := labelSize*k, valueSize*k, tickSize*k
	hasTag := false
	lo, hi := 0.0, 0.0
	for _, b := range bars {
		lo, hi = math.Min(lo, b.Value), math.Max(hi, b.Value)
		hasTag = hasTag || b.Tag != ""
	}
	// Below the plot: a line of labels and one of tags.
	labelsH := ls * 1.5
	if hasTag {
		labelsH += ls * 1.2
	}
	labelsH += 4 * k        // keep clear of the foot
	plotTop := top + vs*1.6 // room for the value over the tallest column
	plotBottom := bottom - labelsH
	if lo < 0 {
		plotBottom -= vs * 1.6
	}
	if top, ok := offScale(values(bars)); ok {
		hi = top
	}
	L, R, lo, hi, y := p.valueAxis(lo, hi, plotTop, plotBottom, ts)

	// Columns: a half-column gap between groups, or between years when
	// the columns run by year and are coloured by group.
	gaps := 0
	apart := func(i int) bool {
		if len(p.groups) > 1 && byLabel(bars) {
			return bars[i].Label != bars[i-1].Label
		}
		return bars[i].Group != bars[i-1].Group
	}
	for i := 1; i < len(bars); i++ {
		if apart(i) {
			gaps++
		}
	}
	band := (R - L) / (float64(len(bars)) + 0.5*float64(gaps))
	cw := math.Min(band*0.62, 56*k)
	cx := L
	for i, b := range bars {
		if i > 0 && apart(i) {
			cx += band * 0.5
		}
		mid := cx + band/2
		col := p.color(b)
		y0, y1 := y(0), y(min(b.Value, hi))
		p.bar(mid-cw/2, y0, mid+cw/2, y1, col, b.Derived)
		if b.Value > hi {
			p.broken(mid-cw/2-2*k, y1+9*k, mid+cw/2+2*k, y1+14*k)
		}
		if b.Value < 0 {
			p.text(p.r.fit(p.valueText(b), vs, band), mid, y1+vs*1.25, vs, p.th.ink, center)
		} else {
			p.text(p.r.fit(p.valueText(b), vs, band), mid, y1-vs*0.45, vs, p.th.ink, center)
		}
		lb := plotBottom + ls*1.25
		if lo < 0 {
			lb += vs * 1.6
		}
		p.text(p.r.fit(b.Label, ls, band-4*k), mid, lb, ls, p.th.ink, center)
		if b.Tag != "" {
			p.text(p.r.fit(b.Tag, ls*0.82, band-4*k), mid, lb+ls*1.2, ls*0.82, p.th.muted, center)
		}
		p.m.Bars[i] = image.Rect(int(cx), int(top), int(math.Ceil(cx+band)), int(math.Ceil(bottom)))
		cx += band
	}
}

// valueAxis draws the grid lines and ticks of a value axis over [lo, hi]
// (rounded out to its ticks) between plotTop and plotBottom, in tick size
// ts, and returns the plot's left and right edges, the rounded range and
// where a value lies.
func (p *page) valueAxis(lo, hi, plotTop, plotBottom, ts float64) (L, R, axisLo, axisHi float64, y func(float64) float64) {
	k := p.k
	ticks, lo, hi := axis(lo, hi, int((plotBottom-plotTop)/(45*k)))
	tickW := 0.0
	for _, t := range ticks {
		tickW = math.Max(tickW, p.r.width(formatTick(t, ticks), ts))
	}
	L, R = p.pad+tickW+8*k, p.w-p.pad
	y = func(v float64) float64 { return plotBottom - (v-lo)/(hi-lo)*(plotBottom-plotTop) }
	for _, t := range ticks {
		c := p.th.grid
		if t == 0 {
			c = p.th.axis
		}
		Y := y(t)
		p.rect(L, Y, R, Y+1/p.s*math.Max(1, p.s*0.75*k), c)
		p.text(formatTick(t, ticks), L-6*k, Y+(p.r.ascent-p.r.descent)/2*ts, ts, p.th.muted, right)
	}
	return L, R, lo, hi, y
}
