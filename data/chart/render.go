package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"

	"github.com/zhibiao/zhibiao/assets"
)

// Format is an output file format.
type Format int

const (
	PNG Format = iota
	SVG
)

func (f Format) String() string {
	if f == SVG {
		return "svg"
	}
	return "png"
}

// FormatOf picks the format from a file name's extension, .png or .svg in
// any case.
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		return PNG, nil
	case ".svg":
		return SVG, nil
	}
	return PNG, fmt.Errorf("%s: unknown chart format %q, want .png or .svg", path, filepath.Ext(path))
}

// Default sizes, in logical pixels.
const (
	DefaultWidth  = 800
	DefaultHeight = 500
	// ExportScale is the pixel density for PNG files meant for print.
	ExportScale = 2
	// MaxPixels bounds the pixels of one PNG (width*scale × height*scale)
	// so that a typo cannot ask for gigabytes of memory.
	MaxPixels = 64 << 20
)

// Options say how to draw a chart.
type Options struct {
	// Width and Height are the size in logical pixels; zero means
	// DefaultWidth or DefaultHeight.
	Width, Height int
	// Scale is the pixel density of PNG output: a 800×500 chart at scale 2
	// is a 1600×1000 image with everything twice as large, sharp on a
	// high-DPI screen or in print. Zero means 1. SVG ignores it.
	Scale  float64
	Format Format
	Dark   bool // light text on a dark ground, to match the window's theme
	// TextScale sets the size of text and marks against the 800×500 design
	// (1: as designed), whatever the chart's size; zero means they grow and
	// shrink with it. A window's narrow panel wants 1, so labels stay
	// readable.
	TextScale float64
}

// Validate reports options that Render would refuse: a size below
// 120×120, a scale outside 0.25–16, a PNG of more than MaxPixels.
func (o Options) Validate() error {
	_, err := o.normal()
	return err
}

func (o Options) normal() (Options, error) {
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	if o.Height == 0 {
		o.Height = DefaultHeight
	}
	if o.Scale == 0 {
		o.Scale = 1
	}
	if o.Width < minSide || o.Height < minSide {
		return o, fmt.Errorf("chart size %dx%d is too small (at least %dx%d)", o.Width, o.Height, minSide, minSide)
	}
	if math.IsNaN(o.Scale) || o.Scale < 0.25 || o.Scale > 16 {
		return o, fmt.Errorf("chart scale %v is out of range (0.25 to 16)", o.Scale)
	}
	if o.Format == SVG {
		o.Scale = 1
	}
	if w, h := o.pixels(); float64(w)*float64(h) > MaxPixels {
		return o, fmt.Errorf("chart of %dx%d pixels is too large (at most %d megapixels)", w, h, MaxPixels>>20)
	}
	return o, nil
}

const minSide = 120

// pixels is the size of the output image.
func (o Options) pixels() (int, int) {
	return int(math.Round(float64(o.Width) * o.Scale)), int(math.Round(float64(o.Height) * o.Scale))
}

// Map says where the bars landed, in logical pixels (the coordinates of
// Options.Width × Options.Height, whatever the scale): Bars[i] is the area
// of Chart.Bars[i], its bar and label, or empty when it was not drawn.
type Map struct {
	Bars []image.Rectangle
}

// BarAt returns the index of the bar at logical point p, or -1.
func (m Map) BarAt(p image.Point) int {
	for i, r := range m.Bars {
		if p.In(r) {
			return i
		}
	}
	return -1
}

// Renderer draws charts with one parsed font. It holds no other state and
// is safe for concurrent use.
type Renderer struct {
	font    *truetype.Font
	family  string  // the CSS font-family the SVG asks for
	ascent  float64 // per unit of font size
	descent float64
}

// NewRenderer parses the embedded CJK font. Parse once and reuse.
func NewRenderer() (*Renderer, error) {
	return NewRendererWithFont(assets.Font, assets.FontName)
}

// NewRendererWithFont uses another TrueType font (glyf outlines; CFF fonts
// cannot be read), named family in SVG output.
func NewRendererWithFont(ttf []byte, family string) (*Renderer, error) {
	f, err := truetype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("parse chart font: %w", err)
	}
	face := truetype.NewFace(f, &truetype.Options{Size: 100, DPI: 72, Hinting: font.HintingNone})
	m := face.Metrics()
	return &Renderer{
		font:    f,
		family:  family,
		ascent:  float64(m.Ascent) / 64 / 100,
		descent: float64(m.Descent) / 64 / 100,
	}, nil
}

// Covers reports the runes of s that the font has no glyph for (drawn as
// empty boxes), in order of first appearance; nil when it covers all.
func (r *Renderer) Covers(s string) []rune {
	var missing []rune
	seen := map[rune]bool{}
	for _, c := range s {
		if c < ' ' || seen[c] {
			continue
		}
		seen[c] = true
		if r.font.Index(c) == 0 {
			missing = append(missing, c)
		}
	}
	return missing
}

// check refuses values no axis can show.
func check(c Chart) error {
	for _, b := range c.Bars {
		if math.IsNaN(b.Value) || math.Abs(b.Value) > 1e300 {
			return fmt.Errorf("chart %q: bar %q has no value that can be drawn (%v)", c.Title, b.Label, b.Value)
		}
	}
	return nil
}

// Render draws c and writes it to w as opt.Format says.
func (r *Renderer) Render(w io.Writer, c Chart, opt Options) (Map, error) {
	opt, err := opt.normal()
	if err != nil {
		return Map{}, err
	}
	if err := check(c); err != nil {
		return Map{}, err
	}
	if opt.Format == SVG {
		return r.renderSVG(w, c, opt)
	}
	img, m, err := r.Image(c, opt)
	if err != nil {
		return m, err
	}
	if err := encodePNG(w, img); err != nil {
		return m, fmt.Errorf("encode png: %w", err)
	}
	return m, nil
}

// Image draws c to an RGBA image of Width*Scale × Height*Scale pixels, for
// the window to show without encoding it first.
func (r *Renderer) Image(c Chart, opt Options) (*image.RGBA, Map, error) {
	opt.Format = PNG
	opt, err := opt.normal()
	if err != nil {
		return nil, Map{}, err
	}
	if err := check(c); err != nil {
		return nil, Map{}, err
	}
	pw, ph := opt.pixels()
	rd, err := gochart.PNG(pw, ph)
	if err != nil {
		return nil, Map{}, fmt.Errorf("make png renderer: %w", err)
	}
	// go-chart's raster text is size*DPI/64 pixels per em; this DPI makes
	// a font size of N logical pixels N*Scale device pixels.
	rd.SetDPI(64 * opt.Scale)
	// Lay the ground straight into go-chart's image: through the
	// rasterizer a full-page fill costs as much as the rest of the chart.
	// Save hands a collector the image itself, so this is the image drawn
	// on.
	var col collector
	if err := rd.Save(&col); err != nil || col.img == nil {
		return nil, Map{}, fmt.Errorf("png renderer gave no image: %v", err)
	}
	fillImage(col.img, groundOf(opt))
	m := r.draw(rd, c, opt)
	return col.img, m, nil
}

// fillImage sets every pixel of img to c.
func fillImage(img *image.RGBA, c color.RGBA) {
	row := img.Pix[:img.Rect.Dx()*4]
	for i := 0; i < len(row); i += 4 {
		row[0+i], row[1+i], row[2+i], row[3+i] = c.R, c.G, c.B, c.A
	}
	for y := 1; y < img.Rect.Dy(); y++ {
		copy(img.Pix[y*img.Stride:], row)
	}
}

// collector receives go-chart's image instead of its PNG encoding.
type collector struct{ img *image.RGBA }

func (c *collector) SetRGBA(i *image.RGBA)       { c.img = i }
func (c *collector) Write(p []byte) (int, error) { return 0, errors.New("collector: unexpected write") }

func (r *Renderer) renderSVG(w io.Writer, c Chart, opt Options) (Map, error) {
	rd, err := gochart.SVG(opt.Width, opt.Height)
	if err != nil {
		return Map{}, fmt.Errorf("make svg renderer: %w", err)
	}
	rd.SetDPI(72) // font-size in px equals the size asked for
	m := r.draw(svgText{rd}, c, opt)
	var buf bytes.Buffer
	if err := rd.Save(&buf); err != nil {
		return m, err
	}
	if _, err := w.Write(r.fixSVG(buf.Bytes(), c, opt)); err != nil {
		return m, fmt.Errorf("write svg: %w", err)
	}
	return m, nil
}

// SuggestHeight is a height in logical pixels that gives each bar of c a
// comfortable row at the given width: for an article's many growth rates
// the window can grow the chart rather than leave bars out.
func SuggestHeight(c Chart, width int) int { return SuggestHeightScaled(c, width, 0) }

// SuggestHeightScaled is SuggestHeight for a chart drawn with
// Options.TextScale set to textScale.
func SuggestHeightScaled(c Chart, width int, textScale float64) int {
	if width <= 0 {
		width = DefaultWidth
	}
	k := math.Max(0.75, math.Min(1.5, float64(width)/DefaultWidth))
	if textScale > 0 {
		k = math.Max(0.5, math.Min(2, textScale))
	}
	vbar := max(minSide, width*DefaultHeight/DefaultWidth)
	if c.Kind == Multiples {
		return multiplesHeight(c, width, k)
	}
	if c.Kind == VBar && roughColumnsFit(c, width, k) {
		return vbar
	}
	// Columns too narrow for their labels are drawn as rows (see draw):
	// give every row its room rather than leave bars out "for space".
	h := 2*18*k + titleSize*k*1.45 + subSize*k*1.5 + legendSize*k*1.6 + 8*k + // header
		2*footSize*k*1.45 + 6*k + // foot
		tickSize*k*1.8 + // axis
		float64(len(c.Bars))*labelSize*k*2.3
	if c.Note != "" {
		h += 2 * footSize * k * 1.45
	}
	if c.Kind == VBar {
		h = math.Max(h, float64(vbar))
	}
	return min(4000, max(minSide*2, int(math.Ceil(h))))
}

// roughColumnsFit is page.columnsFit without a font: a Chinese character
// is an em wide, a digit about half.
func roughColumnsFit(c Chart, width int, k float64) bool {
	if len(c.Bars) == 0 {
		return true
	}
	band := (float64(width) - 2*18*k - 50*k) / float64(len(c.Bars))
	need := 26 * k
	for _, b := range c.Bars {
		w := 0.0
		for _, r := range b.Label {
			if r < 0x2E80 {
				w += 0.6
			} else {
				w++
			}
		}
		need = math.Max(need, w*labelSize*k+8*k)
	}
	return band >= need
}

// multiplesHeight gives each row of panels its designed height: the
// header, the rows, two lines of source and two of note.
func multiplesHeight(c Chart, width int, k float64) int {
	seen := map[string]bool{}
	for _, b := range c.Bars {
		seen[b.Group] = true
	}
	_, rows := gridOf(len(seen), float64(width)-2*18*k-30*k, k) // 30: the ticks' column
	h := 2*18*k + titleSize*k*1.45 + subSize*k*1.5 + legendSize*k*1.6 + 8*k +
		4*footSize*k*1.45 + 6*k +
		float64(rows)*(panelDesignH+panelRowGap)*k
	return min(4000, max(minSide*2, int(math.Ceil(h))))
}
