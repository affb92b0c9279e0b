package chart

import (
	"image"
	"math"
	"sort"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// polyline strokes the line through pts (logical pixels), w wide.
func (p *pen) polyline(pts [][2]float64, w float64, c drawing.Color) {
	if len(pts) < 2 {
		return
	}
	p.rd.ResetStyle()
	p.rd.SetStrokeColor(c)
	p.rd.SetStrokeWidth(w * p.s)
	p.rd.MoveTo(p.dev(pts[0][0]), p.dev(pts[0][1]))
	for _, q := range pts[1:] {
		p.rd.LineTo(p.dev(q[0]), p.dev(q[1]))
	}
	p.rd.Stroke()
}

// point is a bar of a Lines chart placed on the plot.
type point struct {
	bar  int // index in Chart.Bars
	cat  int // index in Chart.Categories
	x, y float64
}

// lines draws a line per group over the categories: a dot per value,
// hollow when derived; a line breaks where a category has no value. Values
// are printed beside their dots where they do not crowd one another.
func (p *page) lines(top, bottom float64) {
	cats := p.c.Categories
	catOf := map[string]int{}
	for i, c := range cats {
		catOf[c] = i
	}
	if len(cats) == 0 || len(p.c.Bars) == 0 {
		p.empty(top, bottom)
		return
	}
	k := p.k
	ls, vs, ts := labelSize*k, valueSize*k, tickSize*k
	lo, hi := 0.0, 0.0
	for _, b := range p.c.Bars {
		lo, hi = math.Min(lo, b.Value), math.Max(hi, b.Value)
	}
	plotTop := top + vs*0.8
	plotBottom := bottom - ls*1.6 - 4*k
	ticks, lo, hi := axis(lo, hi, int((plotBottom-plotTop)/(45*k)))
	tickW := 0.0
	for _, t := range ticks {
		tickW = math.Max(tickW, p.r.width(formatTick(t, ticks), ts))
	}
	L, R := p.pad+tickW+8*k, p.w-p.pad
	y := func(v float64) float64 { return plotBottom - (v-lo)/(hi-lo)*(plotBottom-plotTop) }
	for _, t := range ticks {
		c := p.th.grid
		if t == 0 {
			c = p.th.axis
		}
		Y := y(t)
		p.rect(L, Y, R, Y+1/p.s*math.Max(1, p.s*0.75*k), c)
		p.text(formatTick(t, ticks), L-6*k, Y+(p.r.ascent-p.r.descent)/2*ts, ts, p.th.muted, right)
	}
	band := (R - L) / float64(len(cats))
	for i, c := range cats {
		p.text(p.r.fit(c, ls, band-4*k), L+(float64(i)+0.5)*band, plotBottom+ls*1.35, ls, p.th.ink, center)
	}

	// The points of each group, by category.
	byGroup := make([][]point, len(p.groups))
	for i, b := range p.c.Bars {
		ci, ok := catOf[b.Label]
		if !ok {
			continue
		}
		g := p.groupIndex(b.Group)
		byGroup[g] = append(byGroup[g], point{bar: i, cat: ci, x: L + (float64(ci)+0.5)*band, y: y(b.Value)})
	}
	rad := 3.6 * k
	for g, pts := range byGroup {
		sort.SliceStable(pts, func(i, j int) bool { return pts[i].cat < pts[j].cat })
		col := p.th.series[g%len(p.th.series)]
		var run [][2]float64
		for i, pt := range pts {
			if i > 0 && pt.cat != pts[i-1].cat+1 {
				p.polyline(run, 2*k, col)
				run = nil
			}
			run = append(run, [2]float64{pt.x, pt.y})
		}
		p.polyline(run, 2*k, col)
		for _, pt := range pts {
			p.dot(pt.x, pt.y, rad, col)
			if p.c.Bars[pt.bar].Derived {
				p.dot(pt.x, pt.y, rad*0.55, p.th.ground)
			}
			p.m.Bars[pt.bar] = image.Rect(int(pt.x-band/2), int(pt.y-8*k), int(math.Ceil(pt.x+band/2)), int(math.Ceil(pt.y+8*k)))
		}
	}
	p.lineValues(byGroup, band, rad)
}

// lineValues prints each point's value right of its dot, top to bottom
// within a category, leaving out a value that would touch the one above
// it or run into the next category.
func (p *page) lineValues(byGroup [][]point, band, rad float64) {
	vs := valueSize * p.k
	perCat := map[int][]point{}
	for _, pts := range byGroup {
		for _, pt := range pts {
			perCat[pt.cat] = append(perCat[pt.cat], pt)
		}
	}
	for _, pts := range perCat {
		sort.Slice(pts, func(i, j int) bool { return pts[i].y < pts[j].y })
		last := math.Inf(-1)
		for _, pt := range pts {
			base := pt.y + (p.r.ascent-p.r.descent)/2*vs
			if base-last < vs*1.1 {
				continue
			}
			s := p.valueText(p.c.Bars[pt.bar])
			if p.r.width(s, vs) > band/2-rad-6*p.k {
				continue
			}
			p.text(s, pt.x+rad+4*p.k, base, vs, p.th.ink, left)
			last = base
		}
	}
}

// groupIndex is the place of group g among the page's groups.
func (p *page) groupIndex(g string) int {
	for i, x := range p.groups {
		if x == g {
			return i
		}
	}
	return 0
}
