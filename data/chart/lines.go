package chart

import (
	"image"
	"math"
	"sort"
	"strings"

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

// manyLines is the most lines whose every value is printed.
const manyLines = 4

// point is a bar of a Lines chart placed on the plot.
type point struct {
	bar         int // index in Chart.Bars
	cat         int // index in Chart.Categories
	x, y        float64
	left, right bool // the line comes in from the left, goes on to the right
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
	L, R, _, _, y := p.valueAxis(lo, hi, plotTop, plotBottom, ts)
	band := (R - L) / float64(len(cats))
	p.categoryLabels(cats, L, band, plotBottom+ls*1.35)

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
		for i := range pts {
			pts[i].left = i > 0 && pts[i-1].cat == pts[i].cat-1
			pts[i].right = i+1 < len(pts) && pts[i+1].cat == pts[i].cat+1
		}
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

// lineValues prints each point's value where its line is not: right of
// the dot where the line ends, left of it where the line starts, above it
// where the line passes through. Past manyLines lines only the ends are
// labelled, as a reader follows each line to its latest value. Within a
// category values that would touch are moved apart (spread); one that
// would have to move far from its dot is left out (the table has it).
func (p *page) lineValues(byGroup [][]point, band, rad float64) {
	vs := valueSize * p.k
	many := len(byGroup) > manyLines
	type label struct {
		text    string
		x, base float64
		a       align
	}
	perCat := map[int][]label{}
	for _, pts := range byGroup {
		for _, pt := range pts {
			s := p.valueText(p.c.Bars[pt.bar])
			if p.r.width(s, vs) > band/2-rad-6*p.k || (many && pt.right) {
				continue
			}
			mid := pt.y + (p.r.ascent-p.r.descent)/2*vs
			l := label{s, pt.x + rad + 4*p.k, mid, left}
			switch {
			case pt.left && pt.right:
				l = label{s, pt.x, pt.y - rad - 4*p.k, center}
			case pt.right:
				l = label{s, pt.x - rad - 4*p.k, mid, right}
			}
			perCat[pt.cat] = append(perCat[pt.cat], l)
		}
	}
	for _, ls := range perCat {
		sort.Slice(ls, func(i, j int) bool { return ls[i].base < ls[j].base })
		want := make([]float64, len(ls))
		for i, l := range ls {
			want[i] = l.base
		}
		// Apart by a line of value text, as the font draws it, and a pixel.
		gap := (p.r.ascent+p.r.descent)*vs + p.k
		for i, base := range spread(want, gap) {
			if math.Abs(base-want[i]) > gap*maxLabelShift {
				continue // too far from its dot to be read as its value
			}
			p.text(ls[i].text, ls[i].x, base, vs, p.th.ink, ls[i].a)
		}
	}
}

// maxLabelShift is how far, in lines of value text, a value may be moved
// from beside its dot to make room for another's: further, it would be read
// as another line's, and is left out (the table has it).
const maxLabelShift = 1.0

// categoryLabels prints the categories under the plot: whole where they
// fit, else without 年 (2016 for 2016年), else every second, third… one.
func (p *page) categoryLabels(cats []string, L, band, base float64) {
	ls := labelSize * p.k
	widest := func(trim bool) float64 {
		w := 0.0
		for _, c := range cats {
			if trim {
				c = strings.TrimSuffix(c, "年")
			}
			w = math.Max(w, p.r.width(c, ls))
		}
		return w + 6*p.k
	}
	trim := widest(false) > band
	every := max(1, int(math.Ceil(widest(trim)/band)))
	for i, c := range cats {
		if i%every != 0 {
			continue
		}
		if trim {
			c = strings.TrimSuffix(c, "年")
		}
		p.text(p.r.fit(c, ls, band*float64(every)-4*p.k), L+(float64(i)+0.5)*band, base, ls, p.th.ink, center)
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
