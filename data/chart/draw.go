package chart

import (
	"image/color"
	"math"
	"unicode/utf8"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// theme is the colours of one look.
type theme struct {
	ground, ink, muted, grid, axis drawing.Color
	series                         []drawing.Color // by group; series[0] for one-group charts
	negative                       drawing.Color   // falls below zero in a one-group chart
}

func hex(s string) drawing.Color { return drawing.ColorFromHex(s) }

var (
	light = theme{
		ground: hex("ffffff"), ink: hex("1f2328"), muted: hex("656d76"),
		grid: hex("e6e8eb"), axis: hex("8c959f"),
		series: []drawing.Color{hex("2f6db5"), hex("e08a2e"), hex("3a9e6f"), hex("8e5ea2"),
			hex("c9474b"), hex("6c8ead"), hex("a08a2a"), hex("d17fb0"), hex("7f7f7f"), hex("2fa3b5"),
			hex("5d7a2a"), hex("b0623a")},
		negative: hex("e08a2e"),
	}
	dark = theme{
		ground: hex("1e2126"), ink: hex("e8eaed"), muted: hex("9aa0a6"),
		grid: hex("33373d"), axis: hex("6b7075"),
		series: []drawing.Color{hex("5b9be6"), hex("f0a150"), hex("5cc08c"), hex("b38bd0"),
			hex("e5696d"), hex("8fb0cc"), hex("d4b94a"), hex("e89ac6"), hex("a8a8a8"), hex("5cc6d6"),
			hex("9cc25a"), hex("e0916a")},
		negative: hex("f0a150"),
	}
)

func themeOf(o Options) theme {
	if o.Dark {
		return dark
	}
	return light
}

func groundOf(o Options) color.RGBA {
	g := themeOf(o).ground
	return color.RGBA{g.R, g.G, g.B, 255}
}

// blend mixes c into the ground: t=0 is c, t=1 the ground.
func blend(c, ground drawing.Color, t float64) drawing.Color {
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-t) + float64(b)*t)) }
	return drawing.Color{R: mix(c.R, ground.R), G: mix(c.G, ground.G), B: mix(c.B, ground.B), A: 255}
}

// Alignment of a text to its x.
type align int

const (
	left align = iota
	center
	right
)

// pen draws on a go-chart renderer in logical pixels.
type pen struct {
	rd gochart.Renderer
	r  *Renderer
	s  float64 // device pixels per logical pixel
	// texts are the labels drawn and where, for tests that check no two
	// overlap and none leaves the page.
	texts []placed
}

// placed is a label and the box it takes, in logical pixels.
type placed struct {
	s    string
	rect [4]float64 // x0, y0, x1, y1
}

func (p *pen) dev(v float64) int { return int(math.Round(v * p.s)) }

// rect fills the rectangle from (x0,y0) to (x1,y1), snapped to device
// pixels so that edges are crisp, and at least one device pixel thick.
func (p *pen) rect(x0, y0, x1, y1 float64, c drawing.Color) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	X0, Y0, X1, Y1 := p.dev(x0), p.dev(y0), p.dev(x1), p.dev(y1)
	if X1 == X0 {
		X1++
	}
	if Y1 == Y0 {
		Y1++
	}
	p.rd.ResetStyle()
	p.rd.SetFillColor(c)
	p.rd.MoveTo(X0, Y0)
	p.rd.LineTo(X1, Y0)
	p.rd.LineTo(X1, Y1)
	p.rd.LineTo(X0, Y1)
	p.rd.Close()
	p.rd.Fill()
}

// frame draws a rectangle's outline, width w, inside its edges.
func (p *pen) frame(x0, y0, x1, y1, w float64, c drawing.Color) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	p.rect(x0, y0, x1, y0+w, c)
	p.rect(x0, y1-w, x1, y1, c)
	p.rect(x0, y0, x0+w, y1, c)
	p.rect(x1-w, y0, x1, y1, c)
}

// dot fills a circle.
func (p *pen) dot(cx, cy, radius float64, c drawing.Color) {
	p.rd.ResetStyle()
	p.rd.SetFillColor(c)
	R := radius * p.s
	X, Y := p.dev(cx), p.dev(cy)
	p.rd.MoveTo(X+int(math.Round(R)), Y)
	// Two half circles: an SVG arc that ends where it starts draws nothing.
	p.rd.ArcTo(X, Y, R, R, 0, math.Pi)
	p.rd.ArcTo(X, Y, R, R, math.Pi, math.Pi)
	p.rd.Close()
	p.rd.Fill()
}

// text draws s with its baseline at y.
func (p *pen) text(s string, x, y, size float64, c drawing.Color, a align) {
	if s == "" {
		return
	}
	p.rd.ResetStyle()
	p.rd.SetFont(p.r.font)
	p.rd.SetFontSize(size)
	p.rd.SetFontColor(c)
	w := p.r.width(s, size)
	x0 := x
	switch a {
	case center:
		x0 -= w / 2
	case right:
		x0 -= w
	}
	p.texts = append(p.texts, placed{s, [4]float64{x0, y - p.r.ascent*size, x0 + w, y + p.r.descent*size}})
	if st, ok := p.rd.(svgText); ok {
		st.anchored(s, p.dev(x), p.dev(y), a)
		return
	}
	p.rd.Text(s, p.dev(x0), p.dev(y))
}

// width is the advance width of s at the given size in logical pixels,
// measured as go-chart's raster renderer lays glyphs out.
func (r *Renderer) width(s string, size float64) float64 {
	scale := fixed.Int26_6(size * 64)
	var w fixed.Int26_6
	prev := truetype.Index(0)
	for i, c := range s {
		idx := r.font.Index(c)
		if i > 0 {
			w += r.font.Kern(scale, prev, idx)
		}
		w += r.font.HMetric(scale, idx).AdvanceWidth
		prev = idx
	}
	return float64(w) / 64
}

// fit shortens s with an ellipsis until it is at most max wide.
func (r *Renderer) fit(s string, size, max float64) string {
	if r.width(s, size) <= max {
		return s
	}
	n := r.fits(s, size, max-r.width("…", size))
	return s[:n] + "…"
}

// fits returns the length in bytes of the longest prefix of s, whole runes,
// that is at most max wide. It measures as width does, in one pass.
func (r *Renderer) fits(s string, size, max float64) int {
	scale := fixed.Int26_6(size * 64)
	limit := fixed.Int26_6(max * 64)
	var w fixed.Int26_6
	prev := truetype.Index(0)
	for i, c := range s {
		idx := r.font.Index(c)
		adv := r.font.HMetric(scale, idx).AdvanceWidth
		if i > 0 {
			adv += r.font.Kern(scale, prev, idx)
		}
		if w+adv > limit {
			return i
		}
		w += adv
		prev = idx
	}
	return len(s)
}

// wrap breaks s into at most lines lines no wider than max, breaking
// between any two characters (Chinese needs no spaces to break) but
// preferring a space or a separator when one is near; the last line ends
// in an ellipsis when the text does not fit.
func (r *Renderer) wrap(s string, size, max float64, lines int) []string {
	var out []string
	for s != "" && len(out) < lines {
		if len(out) == lines-1 || r.width(s, size) <= max {
			out = append(out, r.fit(s, size, max))
			break
		}
		n := r.fits(s, size, max)
		if n == 0 {
			_, n = utf8.DecodeRuneInString(s) // one character per line at least
		}
		// Prefer to break after a separator within the last fifth.
		brk := -1
		for i, c := range s[:n] {
			if i >= n*4/5 && isBreak(c) {
				brk = i + utf8.RuneLen(c)
			}
		}
		if brk > 0 {
			n = brk
		}
		out = append(out, s[:n])
		s = trimLeftSpace(s[n:])
	}
	return out
}

func isBreak(r rune) bool {
	switch r {
	case ' ', '；', '，', '、', '。', '·', ';', ',':
		return true
	}
	return false
}

func trimLeftSpace(s string) string {
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if r != ' ' && r != '\u3000' {
			break
		}
		s = s[n:]
	}
	return s
}
