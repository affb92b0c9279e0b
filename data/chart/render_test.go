package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/roboto"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/figure"
)

var (
	rendererOnce sync.Once
	testRenderer *Renderer
	rendererErr  error
)

func renderer(t testing.TB) *Renderer {
	t.Helper()
	rendererOnce.Do(func() { testRenderer, rendererErr = NewRenderer() })
	if rendererErr != nil {
		t.Fatal(rendererErr)
	}
	return testRenderer
}

// sampleCharts are the charts of seed 000 and the corpus fixture.
func sampleCharts(t testing.TB) map[string]Chart {
	t.Helper()
	a, figs := figures000(t)
	out := map[string]Chart{}
	for _, k := range []figure.Kind{figure.Growth, figure.Level, figure.Rank, figure.Share} {
		c, err := ForArticle(a, figs, k)
		if err != nil {
			t.Fatal(err)
		}
		out[string(k)] = c
	}
	if tt, ok := t.(*testing.T); ok {
		c, err := ForIndicator("地区生产总值", "", corpusDocs(tt))
		if err != nil {
			t.Fatal(err)
		}
		out["indicator"] = c
	}
	return out
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode png: %v", err)
	}
	return img
}

// ink counts the pixels of img (within r) that differ from the ground.
func ink(img image.Image, r image.Rectangle) int {
	ground := color.RGBAModel.Convert(img.At(0, 0)).(color.RGBA)
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) != ground {
				n++
			}
		}
	}
	return n
}

func TestPNGSizeAndInk(t *testing.T) {
	r := renderer(t)
	for name, c := range sampleCharts(t) {
		for _, o := range []Options{{}, {Width: 800, Height: 500, Scale: 2}, {Width: 640, Height: 360, Scale: 1.5, Dark: true}, {Width: 300, Height: 200}} {
			var buf bytes.Buffer
			if _, err := r.Render(&buf, c, o); err != nil {
				t.Fatalf("%s %+v: %v", name, o, err)
			}
			img := decodePNG(t, buf.Bytes())
			n, _ := o.normal()
			w, h := n.pixels()
			if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
				t.Errorf("%s %+v: image %v, want %dx%d", name, o, b, w, h)
			}
			if got := ink(img, img.Bounds()); got < w*h/100 {
				t.Errorf("%s %+v: only %d inked pixels of %d: blank?", name, o, got, w*h)
			}
		}
	}
}

func TestBadValues(t *testing.T) {
	r := renderer(t)
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -math.MaxFloat64} {
		c := Chart{Bars: []Bar{{Label: "x", Value: v}, {Label: "y", Value: 1}}}
		if _, err := r.Render(io.Discard, c, Options{}); err == nil {
			t.Errorf("value %v: no error", v)
		}
	}
	// Extreme but finite values draw.
	c := Chart{Bars: []Bar{{Label: "x", Value: 1e299}, {Label: "y", Value: -1e299}, {Label: "z", Value: 1e-300}}}
	for _, k := range []Kind{HBar, VBar, Dots} {
		c.Kind = k
		if _, err := r.Render(io.Discard, c, Options{}); err != nil {
			t.Errorf("kind %v: %v", k, err)
		}
	}
}

func TestBadOptions(t *testing.T) {
	r := renderer(t)
	c := sampleCharts(t)["growth"]
	for _, o := range []Options{{Width: 10, Height: 500}, {Width: 800, Height: 500, Scale: -1}, {Width: 100000, Height: 100000}} {
		if _, err := r.Render(io.Discard, c, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// Every character the sample charts print has a glyph in the embedded
// font: nothing is drawn as an empty box.
func TestGlyphCoverage(t *testing.T) {
	r := renderer(t)
	for name, c := range sampleCharts(t) {
		var all strings.Builder
		for _, s := range []string{c.Title, c.Subtitle, c.Source, c.Note, c.Unit} {
			all.WriteString(s)
		}
		for _, b := range c.Bars {
			all.WriteString(b.Label + b.ValueLabel + b.Group + b.Tag)
		}
		if missing := r.Covers(all.String()); missing != nil {
			t.Errorf("%s: no glyph for %q", name, string(missing))
		}
	}
	// What the renderer writes itself.
	if missing := r.Covers("来源：推算值（原文未直接写出）另有12项因篇幅未画出，可加大图表高度。没有可画的数据未注明…年份不详位次"); missing != nil {
		t.Errorf("no glyph for %q", string(missing))
	}
	// The check can fail: Roboto has no Chinese.
	rob, err := NewRendererWithFont(roboto.Roboto, "Roboto")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(rob.Covers("马村区 GDP")); got != "马村区" {
		t.Errorf("Roboto lacks %q, want 马村区", got)
	}
}

// titleInk renders a chart with title s and returns the pixels of the
// title line, as black and white.
func titleInk(t *testing.T, r *Renderer, s string) []bool {
	var buf bytes.Buffer
	if _, err := r.Render(&buf, Chart{Title: s}, Options{Width: 400, Height: 200, Scale: 2}); err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, buf.Bytes())
	box := image.Rect(0, 0, 200, 80) // the first character of the title
	var px []bool
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			c := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			px = append(px, c.Y < 128)
		}
	}
	return px
}

func count(px []bool) (n int) {
	for _, p := range px {
		if p {
			n++
		}
	}
	return n
}

func same(a, b []bool) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Chinese is drawn with glyphs, not boxes: two different characters draw
// ink and draw different shapes. With a font that lacks them both come out
// as the same empty box, which the test tells apart.
func TestChineseDrawsGlyphs(t *testing.T) {
	r := renderer(t)
	ma, cun := titleInk(t, r, "马"), titleInk(t, r, "村")
	if count(ma) < 100 || count(cun) < 100 {
		t.Fatalf("title draws %d and %d dark pixels", count(ma), count(cun))
	}
	if same(ma, cun) {
		t.Error("马 and 村 draw the same shape: boxes, not glyphs")
	}
	rob, _ := NewRendererWithFont(roboto.Roboto, "Roboto")
	if a, b := titleInk(t, rob, "马"), titleInk(t, rob, "村"); !same(a, b) {
		t.Error("with Roboto, 马 and 村 should both be the same missing-glyph box; the test cannot tell boxes from glyphs")
	}
}

func TestSVGWellFormedAndEscaped(t *testing.T) {
	r := renderer(t)
	tricky := `<R&D>"指标"` + "\x01"
	c := Chart{Kind: HBar, Title: "研发 " + tricky, Unit: "%", Source: "来源 & 说明 <b>", Bars: []Bar{
		{Label: tricky, Value: 3.5, ValueLabel: "3.5%", Ref: Ref{Doc: "x", Start: 0, End: 4}},
		{Label: "规上工业增加值", Value: 7.5},
	}}
	for _, kind := range []Kind{HBar, VBar, Dots} {
		c.Kind = kind
		var buf bytes.Buffer
		if _, err := r.Render(&buf, c, Options{Format: SVG, Width: 640, Height: 400, Scale: 3}); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&buf)
		var texts []string
		var root *xml.StartElement
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("kind %v: svg is not well-formed XML: %v", kind, err)
			}
			switch e := tok.(type) {
			case xml.StartElement:
				if root == nil {
					e := e.Copy()
					root = &e
				}
				inText = e.Name.Local == "text" || e.Name.Local == "title"
				for _, a := range e.Attr {
					if a.Name.Local == "aria-label" {
						texts = append(texts, a.Value)
					}
				}
			case xml.EndElement:
				inText = false
			case xml.CharData:
				if inText {
					texts = append(texts, string(e))
				}
			}
		}
		attrs := map[string]string{}
		for _, a := range root.Attr {
			attrs[a.Name.Local] = a.Value
		}
		if root.Name.Local != "svg" || attrs["width"] != "640" || attrs["height"] != "400" {
			t.Errorf("root %v %v", root.Name, attrs)
		}
		if !strings.Contains(attrs["font-family"], assets.FontName) {
			t.Errorf("font-family %q does not name %s", attrs["font-family"], assets.FontName)
		}
		joined := strings.Join(texts, "\n")
		if !strings.Contains(joined, `<R&D>"指标"`) {
			t.Errorf("kind %v: label did not round-trip; texts:\n%s", kind, joined)
		}
		if strings.Contains(joined, "\x01") {
			t.Error("a control character reached the SVG")
		}
	}
}

// Without WenQuanYi installed every Chinese label of an exported SVG
// vanished: labels are drawn as the embedded font's outlines, so no text
// depends on a font the viewer has.
func TestSVGDrawsTextAsOutlines(t *testing.T) {
	r := renderer(t)
	c := sampleCharts(t)["growth"]
	var buf bytes.Buffer
	if _, err := r.Render(&buf, c, Options{Format: SVG}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if strings.Contains(s, "<text") {
		t.Errorf("the SVG still sets text in a font the viewer must have:\n%.600s", s[strings.Index(s, "<text"):])
	}
	labels := map[string]string{}
	for _, m := range regexp.MustCompile(`<path aria-label="([^"]*)" [^>]*d="([^"]*)"`).FindAllStringSubmatch(s, -1) {
		labels[html.UnescapeString(m[1])] = m[2]
	}
	for _, want := range []string{c.Title, c.Bars[0].Label} {
		d, ok := labels[want]
		if !ok {
			t.Errorf("no outline of %q", want)
			continue
		}
		// Each Chinese character is a few contours of curves.
		if n := strings.Count(d, "Z"); n < len([]rune(want)) {
			t.Errorf("%q is drawn with %d contours", want, n)
		}
	}
	if !strings.HasPrefix(s, `<?xml version="1.0" encoding="UTF-8"?>`) || strings.Contains(s, "\x00") {
		t.Errorf("no XML declaration: %.80s", s)
	}
}

// A label anchored at its end ends at its anchor, measured with the
// font's own widths: the outlines are placed as the PNG places its text.
func TestSVGOutlinesAnchored(t *testing.T) {
	r := renderer(t)
	g := &glyphSet{f: r.font, outlines: map[truetype.Index][]seg{}}
	for _, a := range []string{"start", "middle", "end"} {
		out := string(g.label("增长5.0%", 200, 50, 20, "#000", a))
		var xs []float64
		for _, m := range regexp.MustCompile(`[MLQ ]([0-9.]+) ([0-9.]+)`).FindAllStringSubmatch(out, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			xs = append(xs, x)
		}
		lo, hi := slices.Min(xs), slices.Max(xs)
		w := r.width("增长5.0%", 20)
		var want float64
		switch a {
		case "start":
			want = lo - 200
		case "middle":
			want = (lo+hi)/2 - 200
		case "end":
			want = hi - 200
		}
		if math.Abs(want) > 0.12*w {
			t.Errorf("%s-anchored label spans %.1f–%.1f for an anchor at 200 (width %.1f)", a, lo, hi, w)
		}
	}
}

func TestMapFindsBars(t *testing.T) {
	r := renderer(t)
	for name, c := range sampleCharts(t) {
		for _, o := range []Options{{}, {Scale: 2}} {
			_, m, err := r.Image(c, o)
			if err != nil {
				t.Fatal(err)
			}
			for i, rect := range m.Bars {
				if rect.Empty() {
					t.Errorf("%s: bar %d not drawn", name, i)
					continue
				}
				mid := rect.Min.Add(rect.Max).Div(2)
				if got := m.BarAt(mid); got != i {
					t.Errorf("%s: BarAt(%v) = %d, want %d", name, mid, got, i)
				}
			}
			if m.BarAt(image.Pt(2, 2)) != -1 {
				t.Errorf("%s: the corner is not a bar", name)
			}
		}
	}
}

// Bars that do not fit are left out and the foot says so.
func TestTooManyBars(t *testing.T) {
	r := renderer(t)
	c := Chart{Title: "很多", Unit: "%"}
	for i := range 60 {
		c.Bars = append(c.Bars, Bar{Label: "指标", Value: float64(i)})
	}
	_, m, err := r.Image(c, Options{Width: 600, Height: 300})
	if err != nil {
		t.Fatal(err)
	}
	drawn := 0
	for _, b := range m.Bars {
		if !b.Empty() {
			drawn++
		}
	}
	if drawn == 0 || drawn == len(c.Bars) {
		t.Errorf("drew %d of %d bars", drawn, len(c.Bars))
	}
	c.Note = strings.Repeat("很长的说明，", 30)
	c.Source = strings.Repeat("很长的来源，", 30)
	h := SuggestHeight(c, 600)
	_, m, err = r.Image(c, Options{Width: 600, Height: h})
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range m.Bars {
		if b.Empty() {
			t.Errorf("at SuggestHeight %d, bar %d is left out", h, i)
			break
		}
	}
}

func BenchmarkRenderPNG800x500(b *testing.B) {
	benchRender(b, Options{Width: 800, Height: 500, Scale: 1})
}

func BenchmarkRenderPNG800x500Scale2(b *testing.B) {
	benchRender(b, Options{Width: 800, Height: 500, Scale: 2})
}

func BenchmarkRenderSVG800x500(b *testing.B) {
	benchRender(b, Options{Width: 800, Height: 500, Format: SVG})
}

func benchRender(b *testing.B, o Options) {
	r := renderer(b)
	c := sampleCharts(b)["growth"]
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if _, err := r.Render(&buf, c, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

// The PNG encoder gives back exactly the pixels drawn.
func TestEncodePNGExact(t *testing.T) {
	r := renderer(t)
	img, _, err := r.Image(sampleCharts(t)["indicator"], Options{Width: 333, Height: 222, Scale: 1.3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := encodePNG(&buf, img); err != nil {
		t.Fatal(err)
	}
	got := decodePNG(t, buf.Bytes())
	if got.Bounds() != img.Bounds() {
		t.Fatalf("bounds %v, want %v", got.Bounds(), img.Bounds())
	}
	for y := 0; y < img.Rect.Dy(); y++ {
		for x := 0; x < img.Rect.Dx(); x++ {
			if g, w := color.RGBAModel.Convert(got.At(x, y)), img.RGBAAt(x, y); g != w {
				t.Fatalf("pixel %d,%d = %v, want %v", x, y, g, w)
			}
		}
	}
}

// With ZHIBIAO_CHART_SAMPLES=DIR, the sample charts are written to DIR
// to be looked at.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("ZHIBIAO_CHART_SAMPLES")
	if dir == "" {
		t.Skip("set ZHIBIAO_CHART_SAMPLES=DIR to write sample charts")
	}
	r := renderer(t)
	for name, c := range sampleCharts(t) {
		for _, o := range []Options{{Scale: 1}, {Scale: 2}, {Format: SVG}, {Dark: true}} {
			suffix := fmt.Sprintf("@%gx", o.Scale)
			if o.Dark {
				suffix = "-dark"
			}
			if o.Format == SVG {
				suffix = ""
			}
			path := filepath.Join(dir, "chart-"+name+suffix+"."+o.Format.String())
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := r.Render(f, c, o); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}

// One Renderer serves many goroutines (run with -race).
func TestConcurrentRender(t *testing.T) {
	r := renderer(t)
	charts := sampleCharts(t)
	var wg sync.WaitGroup
	for name, c := range charts {
		for _, f := range []Format{PNG, SVG} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := r.Render(io.Discard, c, Options{Format: f, Width: 400, Height: 300}); err != nil {
					t.Errorf("%s: %v", name, err)
				}
			}()
		}
	}
	wg.Wait()
}

// The window's path: draw to an image, no encoding.
func BenchmarkImage800x500Scale2(b *testing.B) {
	r := renderer(b)
	c := sampleCharts(b)["growth"]
	for b.Loop() {
		if _, _, err := r.Image(c, Options{Width: 800, Height: 500, Scale: 2}); err != nil {
			b.Fatal(err)
		}
	}
}

// Every arc of the SVG goes somewhere: an SVG arc that ends where it
// starts is not drawn, which would lose the rank dots.
func TestSVGArcsAreDrawn(t *testing.T) {
	r := renderer(t)
	var buf bytes.Buffer
	if _, err := r.Render(&buf, sampleCharts(t)["rank"], Options{Format: SVG}); err != nil {
		t.Fatal(err)
	}
	arcs := 0
	for _, path := range strings.Split(buf.String(), "<path") {
		var x, y int
		for _, line := range strings.Split(path, "\n") {
			line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), `d="`))
			var a, b int
			switch {
			case strings.HasPrefix(line, "M "), strings.HasPrefix(line, "L "):
				fmt.Sscanf(line[2:], "%d %d", &a, &b)
				x, y = a, b
			case strings.HasPrefix(line, "A "):
				var rx, ry, large, sweep int
				var rot float64
				fmt.Sscanf(line[2:], "%d %d %f %d %d %d %d", &rx, &ry, &rot, &large, &sweep, &a, &b)
				if a == x && b == y {
					t.Errorf("arc %q ends where it starts", line)
				}
				x, y = a, b
				arcs++
			}
		}
	}
	if arcs == 0 {
		t.Error("no arcs: the rank dots are missing")
	}
}

// TextScale keeps text at its designed size in a narrow chart: rows (and
// so bars) are about as tall at 460 pixels wide as at 800.
func TestTextScaleKeepsTextSize(t *testing.T) {
	r := renderer(t)
	for name, c := range sampleCharts(t) {
		if c.Kind != HBar || len(c.Bars) < 3 {
			continue
		}
		row := func(opt Options) int {
			_, m, err := r.Image(c, opt)
			if err != nil {
				t.Fatal(err)
			}
			return m.Bars[1].Min.Y - m.Bars[0].Min.Y
		}
		wide := row(Options{Width: 800, Height: SuggestHeight(c, 800)})
		narrow := row(Options{Width: 460, Height: SuggestHeight(c, 460)})
		fixed := row(Options{Width: 460, Height: SuggestHeightScaled(c, 460, 1), TextScale: 1})
		if narrow >= wide {
			t.Errorf("%s: without TextScale a narrow chart's rows (%d) should shrink from %d", name, narrow, wide)
		}
		if fixed*100 < wide*85 || fixed <= narrow {
			t.Errorf("%s: with TextScale 1 rows are %d px at 460 wide (%d without), %d at 800", name, fixed, narrow, wide)
		}
		return
	}
	t.Fatal("no horizontal bar chart among the samples")
}
