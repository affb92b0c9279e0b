package chart

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// An SVG's text, set in a font the viewer has, vanished where none has
// Chinese (a machine without WenQuanYi: every label gone). outlineText
// draws each label with the embedded font's own glyph outlines instead,
// one <path> per label, so the file shows the same letters in a browser,
// Inkscape or ImageMagick and depends on no installed font. Plain paths,
// not <use> of shared glyphs: ImageMagick's own SVG reader has no <use>.
// The label's words stay in the path's aria-label.

// glyphEm is the size in pixels at which outlines are read; <use> scales
// them to the label's size.
const glyphEm = 100

var textRE = regexp.MustCompile(`<text (?:text-anchor="(start|middle|end)" )?x="(-?[0-9.]+)" y="(-?[0-9.]+)" style="([^"]*)">([^<]*)</text>`)

var (
	fillRE = regexp.MustCompile(`fill:([^;]+)`)
	sizeRE = regexp.MustCompile(`font-size:([0-9.]+)px`)
)

// glyphSet reads the outlines the labels use, each once.
type glyphSet struct {
	f        *truetype.Font
	buf      truetype.GlyphBuf
	outlines map[truetype.Index][]seg
}

// seg is a step of an outline: M, L or Q with its points, at glyphEm
// pixels, y down.
type seg struct {
	op  byte
	pts []pt
}

// outlineText replaces every <text> element go-chart wrote with glyph
// outlines and adds their definitions after the opening <svg> tag.
func (r *Renderer) outlineText(svg []byte) []byte {
	g := &glyphSet{f: r.font, outlines: map[truetype.Index][]seg{}}
	svg = textRE.ReplaceAllFunc(svg, func(m []byte) []byte {
		s := textRE.FindSubmatch(m)
		x, _ := strconv.ParseFloat(string(s[2]), 64)
		y, _ := strconv.ParseFloat(string(s[3]), 64)
		size := 12.0
		if v := sizeRE.FindSubmatch(s[4]); v != nil {
			size, _ = strconv.ParseFloat(string(v[1]), 64)
		}
		fill := "#000"
		if v := fillRE.FindSubmatch(s[4]); v != nil {
			fill = string(v[1])
		}
		return g.label(html.UnescapeString(string(s[5])), x, y, size, fill, string(s[1]))
	})
	return svg
}

// label is one text as a group of glyphs, its start, middle or end at x
// and its baseline at y.
func (g *glyphSet) label(s string, x, y, size float64, fill, anchor string) []byte {
	scale := fixed.I(glyphEm)
	type placed struct {
		i truetype.Index
		x float64
	}
	var glyphs []placed
	pen := 0.0
	prev, first := truetype.Index(0), true
	for _, r := range s {
		i := g.f.Index(r)
		if !first {
			pen += float64(g.f.Kern(scale, prev, i)) / 64
		}
		glyphs = append(glyphs, placed{i, pen})
		pen += float64(g.f.HMetric(scale, i).AdvanceWidth) / 64
		prev, first = i, false
	}
	k := size / glyphEm
	switch anchor {
	case "middle":
		x -= pen * k / 2
	case "end":
		x -= pen * k
	}
	var d strings.Builder
	for _, p := range glyphs {
		for _, sg := range g.outline(p.i) {
			d.WriteByte(sg.op)
			for _, q := range sg.pts {
				d.WriteString(num1(x + (p.x+q.x)*k))
				d.WriteByte(' ')
				d.WriteString(num1(y + q.y*k))
				d.WriteByte(' ')
			}
		}
	}
	if d.Len() == 0 {
		return nil // only spaces
	}
	return fmt.Appendf(nil, `<path aria-label="%s" %s d="%s"/>`, html.EscapeString(s), svgFill(fill), strings.TrimSpace(d.String()))
}

var rgbaRE = regexp.MustCompile(`^rgba\((\d+),(\d+),(\d+),([0-9.]+)\)$`)

// svgFill writes go-chart's rgba(…) colour as SVG 1.1 has it, #rrggbb
// and an opacity, which every SVG reader knows.
func svgFill(c string) string {
	m := rgbaRE.FindStringSubmatch(strings.ReplaceAll(c, " ", ""))
	if m == nil {
		return fmt.Sprintf(`fill="%s"`, html.EscapeString(c))
	}
	var v [3]int
	for i := range v {
		v[i], _ = strconv.Atoi(m[i+1])
	}
	out := fmt.Sprintf(`fill="#%02x%02x%02x"`, v[0], v[1], v[2])
	if a, _ := strconv.ParseFloat(m[4], 64); a < 1 {
		out += fmt.Sprintf(` fill-opacity="%s"`, strconv.FormatFloat(a, 'f', 3, 64))
	}
	return out
}

// outline is glyph i's outline, read once.
func (g *glyphSet) outline(i truetype.Index) []seg {
	if o, ok := g.outlines[i]; ok {
		return o
	}
	o := g.path(i)
	g.outlines[i] = o
	return o
}

// path is glyph i's outline at glyphEm pixels, y down as in SVG.
// TrueType contours are quadratic: two off-curve points in a row imply an
// on-curve point midway.
func (g *glyphSet) path(i truetype.Index) []seg {
	if err := g.buf.Load(g.f, fixed.I(glyphEm), i, font.HintingNone); err != nil {
		return nil
	}
	var out []seg
	start := 0
	for _, end := range g.buf.Ends {
		out = contour(out, g.buf.Points[start:end])
		start = end
	}
	return out
}

type pt struct{ x, y float64 }

func contour(out []seg, ps []truetype.Point) []seg {
	n := len(ps)
	if n == 0 {
		return out
	}
	at := func(p truetype.Point) pt { return pt{float64(p.X) / 64, -float64(p.Y) / 64} }
	on := func(p truetype.Point) bool { return p.Flags&1 != 0 }
	mid := func(a, c pt) pt { return pt{(a.x + c.x) / 2, (a.y + c.y) / 2} }
	// Start at an on-curve point, or midway between the last and first
	// points when a contour has none.
	k := -1
	for j := range ps {
		if on(ps[j]) {
			k = j
			break
		}
	}
	var first pt
	if k >= 0 {
		first = at(ps[k])
	} else {
		k = n - 1
		first = mid(at(ps[n-1]), at(ps[0]))
	}
	out = append(out, seg{'M', []pt{first}})
	var ctrl *pt
	for j := 1; j <= n; j++ {
		p := ps[(k+j)%n]
		q := at(p)
		switch {
		case on(p) && ctrl != nil:
			out = append(out, seg{'Q', []pt{*ctrl, q}})
			ctrl = nil
		case on(p):
			out = append(out, seg{'L', []pt{q}})
		default:
			if ctrl != nil {
				out = append(out, seg{'Q', []pt{*ctrl, mid(*ctrl, q)}})
			}
			c := q
			ctrl = &c
		}
	}
	if ctrl != nil {
		out = append(out, seg{'Q', []pt{*ctrl, first}})
	}
	return append(out, seg{'Z', nil})
}

func num1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
