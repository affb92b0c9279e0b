package app

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

const seed000 = "000_3d56ce9018f8a19f.txt"

func runCLI(args ...string) (rc int, stdout, stderr string) {
	var out, errb bytes.Buffer
	rc = dispatch(&stdio{in: strings.NewReader(""), out: &out, err: &errb}, args)
	return rc, out.String(), errb.String()
}

// fakeFigures stands in for the extractor: a few figures of seeds 000 and
// 003 found by their text, so that the command is tested whatever the
// extractor finds.
func fakeFigures(a *corpus.Article) []figure.Figure {
	y := 2024
	find := func(after, text string, f figure.Figure) []figure.Figure {
		i := bytes.Index(a.Raw, []byte(after))
		if i < 0 {
			return nil
		}
		j := bytes.Index(a.Raw[i:], []byte(text))
		if j < 0 {
			return nil
		}
		f.Doc, f.Start, f.End, f.Text, f.Year = a.ID, i+j, i+j+len(text), text, &y
		return []figure.Figure{f}
	}
	growth := func(v float64, name, region string) figure.Figure {
		return figure.Figure{Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: name, Region: region}
	}
	var out []figure.Figure
	switch {
	case strings.HasPrefix(a.ID, "000"):
		out = append(out, find("地区生产总值增长", "5.0%", growth(5.0, "地区生产总值", "马村区"))...)
		out = append(out, find("规上工业增加值增长", "7.5%", growth(7.5, "规上工业增加值", "马村区"))...)
		out = append(out, find("一般公共预算收入完成", "8.6亿元", figure.Figure{Value: 8.6, Unit: "亿元", NormValue: 8.6e8, NormUnit: "元", Kind: figure.Level, Name: "一般公共预算收入", Region: "马村区"})...)
	case strings.HasPrefix(a.ID, "003"):
		out = append(out, find("地区生产总值增长", "5.4%", growth(5.4, "地区生产总值", "焦作市"))...)
	}
	return out
}

// withFakeFigures runs the test with fakeFigures as the extractor.
func withFakeFigures(t *testing.T) {
	saved := figuresOf
	figuresOf = fakeFigures
	t.Cleanup(func() { figuresOf = saved })
}

// realFiguresOrSkip skips while the extractor finds nothing in seed 000.
func realFiguresOrSkip(t *testing.T) {
	arts, err := figure.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(figuresOf(arts[0])) == 0 {
		t.Skip("the figure extractor finds nothing yet")
	}
}

func checkPNG(t *testing.T, path string, w, h int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if cfg.Width != w || cfg.Height != h {
		t.Errorf("%s is %dx%d, want %dx%d", path, cfg.Width, cfg.Height, w, h)
	}
}

func checkSVG(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", path, err)
		}
	}
	return string(b)
}

func TestChartUsageErrors(t *testing.T) {
	withFakeFigures(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "c.png")
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"--doc", seed000}, "-o"},
		{[]string{"-o", out}, "--doc"},
		{[]string{"--doc", seed000, "--indicator", "地区生产总值", "-o", out}, "--doc"},
		{[]string{"--doc", "nope.txt", "-o", out}, "nope.txt"},
		{[]string{"--doc", "00", "-o", out}, "more than one"},
		{[]string{"--doc", seed000, "-o", filepath.Join(dir, "c.gif")}, ".gif"},
		{[]string{"--doc", seed000, "--kind", "speed", "-o", out}, "speed"},
		{[]string{"--doc", seed000, "--width", "0", "-o", out}, "--width"},
		{[]string{"--doc", seed000, "--height", "tall", "-o", out}, "--height"},
		{[]string{"--doc", seed000, "--scale", "-2", "-o", out}, "--scale"},
		{[]string{"--doc", seed000, "--width", "10000", "--height", "10000", "--scale", "16", "-o", out}, "too large"},
		{[]string{"--doc", seed000, "--kind", "multiple", "-o", out}, "nothing to chart"},
		{[]string{"--indicator", "不存在的指标", "-o", out}, "不存在的指标"},
		{[]string{"--doc", seed000, "-o", out, "extra"}, "extra"},
		{[]string{"--frobnicate", "-o", out}, "frobnicate"},
	} {
		rc, _, stderr := runCLI(append([]string{"chart"}, tc.args...)...)
		if rc != exitUsage {
			t.Errorf("%q: exit %d, want %d (stderr %q)", tc.args, rc, exitUsage, stderr)
		}
		if !strings.Contains(stderr, tc.says) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: stderr %q should be one line naming %q", tc.args, stderr, tc.says)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a usage error wrote the output file")
	}
}

func TestChartDocPNGAndSVG(t *testing.T) {
	withFakeFigures(t)
	dir := t.TempDir()
	png1 := filepath.Join(dir, "growth.png")
	if rc, _, stderr := runCLI("chart", "--doc", seed000, "--width", "640", "--height", "400", "--scale", "1.5", "-o", png1); rc != exitOK {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	checkPNG(t, png1, 960, 600)

	// Default: scale 1, width 800; the height follows the bars.
	png2 := filepath.Join(dir, "level.PNG")
	if rc, _, stderr := runCLI("chart", "--doc", "000", "--kind", "level", "-o", png2); rc != exitOK {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	b, _ := os.ReadFile(png2)
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 800 || cfg.Height < 120 {
		t.Errorf("default png %dx%d (%v)", cfg.Width, cfg.Height, err)
	}

	svg := filepath.Join(dir, "growth.svg")
	if rc, _, stderr := runCLI("chart", "--doc", seed000, "-o", svg); rc != exitOK {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	s := checkSVG(t, svg)
	for _, want := range []string{"WenQuanYi Micro Hei", "规上工业增加值", "7.5%"} {
		if !strings.Contains(s, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
}

func TestChartIndicator(t *testing.T) {
	withFakeFigures(t)
	path := filepath.Join(t.TempDir(), "gdp.png")
	if rc, _, stderr := runCLI("chart", "--indicator", "地区生产总值", "--kind", "growth", "--scale", "1", "-o", path); rc != exitOK {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	checkPNG(t, path, 800, 500)
}

// A write that fails is exit 1, names the file, and leaves what was
// there.
func TestChartWriteFailure(t *testing.T) {
	withFakeFigures(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "no", "such", "folder", "c.png")
	rc, _, stderr := runCLI("chart", "--doc", seed000, "-o", missing)
	if rc != exitFailure || !strings.Contains(stderr, missing) || !strings.Contains(stderr, "does not exist") {
		t.Errorf("exit %d, stderr %q", rc, stderr)
	}
	// A folder where the file should be: the folder stays as it was.
	taken := filepath.Join(dir, "taken.png")
	os.Mkdir(taken, 0o755)
	os.WriteFile(filepath.Join(taken, "keep"), []byte("x"), 0o644)
	if rc, _, stderr := runCLI("chart", "--doc", seed000, "-o", taken); rc != exitFailure {
		t.Errorf("exit %d, stderr %q", rc, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(taken, "keep")); err != nil || string(b) != "x" {
		t.Error("the folder was disturbed")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

// With the real extractor: every seed has figures and charts, in PNG and
// SVG. (A seed without figures is a regression of the extractor, not a
// reason to skip.)
func TestChartRealFigures(t *testing.T) {
	realFiguresOrSkip(t)
	arts, _ := figure.Embedded()
	dir := t.TempDir()
	charted := 0
	for _, a := range arts {
		if len(figuresOf(a)) == 0 {
			t.Errorf("%s: the extractor finds no figure", a.ID)
			continue
		}
		for _, ext := range []string{"png", "svg"} {
			path := filepath.Join(dir, a.ID+"."+ext)
			rc, _, stderr := runCLI("chart", "--doc", a.ID, "--width", "800", "--height", "500", "--scale", "2", "-o", path)
			if rc != exitOK {
				t.Errorf("%s: exit %d: %s", a.ID, rc, stderr)
				continue
			}
			if ext == "png" {
				checkPNG(t, path, 1600, 1000)
			} else {
				checkSVG(t, path)
			}
		}
		charted++
	}
	if charted == 0 {
		t.Error("no seed could be charted")
	}
	path := filepath.Join(dir, "gdp.svg")
	if rc, _, stderr := runCLI("chart", "--indicator", "地区生产总值", "-o", path); rc != exitOK {
		t.Errorf("--indicator 地区生产总值: exit %d: %s", rc, stderr)
	}
}

// --doc may name a file on disk; it is read as the window would open it.
func TestChartDocFromFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "report.txt")
	os.WriteFile(src, []byte("2024年，示范区地区生产总值增长6.1%。\n"), 0o644)
	saved := figuresOf
	figuresOf = func(a *corpus.Article) []figure.Figure {
		i := bytes.Index(a.Raw, []byte("6.1%"))
		if a.ID != "report.txt" || i < 0 {
			return nil
		}
		return []figure.Figure{{Doc: a.ID, Start: i, End: i + 4, Text: "6.1%", Value: 6.1, Unit: "%", NormValue: 6.1, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值", Region: "示范区"}}
	}
	t.Cleanup(func() { figuresOf = saved })
	out := filepath.Join(dir, "report.svg")
	if rc, _, stderr := runCLI("chart", "--doc", src, "-o", out); rc != exitOK {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	if s := checkSVG(t, out); !strings.Contains(s, "地区生产总值") || !strings.Contains(s, "report.txt") {
		t.Errorf("svg lacks the figure or its source")
	}
}
