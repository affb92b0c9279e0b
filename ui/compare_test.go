package ui

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
)

// openCompare shows the Compare tab with 地区生产总值 growth of 焦作市
// and the places under it.
func openCompare(t *testing.T) (*Main, *compareTab) {
	t.Helper()
	m, _ := openCompareIn(t, "", "")
	return m, m.panel.compare
}

// openCompareIn is openCompare in a theme and a language ("" for the
// defaults), saving a capture named for them when ZHIBIAO_SHOTS is set.
func openCompareIn(t *testing.T, mode ThemeMode, lang Language) (*Main, fyne.Window) {
	t.Helper()
	m, w := start(t, test.NewTempApp(t))
	if lang != "" {
		m.setLanguage(lang)
		t.Cleanup(func() { m.setLanguage(LangSystem) })
	}
	if mode != "" {
		m.setTheme(mode)
	}
	w.Resize(fyne.NewSize(1280, 800))
	ct := m.panel.compare
	m.panel.tabs.SelectIndex(len(m.panel.tabs.Items) - 1)
	if got := m.panel.tabs.Selected().Text; got != tr("Compare") {
		t.Errorf("last tab is %q", got)
	}
	if !ct.loaded || len(ct.indicators) == 0 {
		t.Fatal("showing the tab did not list the indicators")
	}
	ct.indicator.SetText("地区生产总值 (3)") // picked from the list
	if ct.indicator.Text != "地区生产总值" {
		t.Errorf("picked option left %q in the entry", ct.indicator.Text)
	}
	growth := -1
	for i, o := range ct.kind.Options {
		if strings.HasPrefix(o, kindLabel("growth")) {
			growth = i
		}
	}
	if growth < 0 {
		t.Fatalf("no growth among kinds %v", ct.kind.Options)
	}
	ct.kind.SetSelectedIndex(growth)
	ct.place.SetText("焦作市")
	saveShot(t, w, "compare-"+string(mode)+"-"+string(lang))
	return m, w
}

// The tab reads in both languages and both themes: its labels translated,
// its chart drawn, Ctrl+S exporting the comparison.
func TestCompareThemesAndLanguages(t *testing.T) {
	for _, c := range []struct {
		mode  ThemeMode
		lang  Language
		place string
	}{{ThemeLight, LangEnglish, "Place"}, {ThemeDark, LangChinese, "地区"}} {
		m, w := openCompareIn(t, c.mode, c.lang)
		ct := m.panel.compare
		if got := ct.headerText(0); got != c.place {
			t.Errorf("%s %s: place heading %q, want %q", c.mode, c.lang, got, c.place)
		}
		if ct.image.img.Image == nil || distinctColours(w.Canvas().Capture()) < 8 {
			t.Errorf("%s %s: nothing drawn", c.mode, c.lang)
		}
		var req exportRequest
		m.shell.showExportHook = func(r exportRequest) { req = r }
		m.exportChartOrFigures()
		if req.title != tr("Export Comparison") {
			t.Errorf("%s %s: Ctrl+S on the Compare tab exports %q", c.mode, c.lang, req.title)
		}
	}
}

// cells is the table as the user reads it: place, then each column as
// heading=text for the cells that have values.
func cells(ct *compareTab) []string {
	var out []string
	for r := range ct.current.Places {
		line := ct.cellText(r, 0)
		for c := 1; c <= len(ct.current.Columns); c++ {
			if s := ct.cellText(r, c); s != "" {
				line += " " + ct.headerText(c) + "=" + s
			}
		}
		if strings.Contains(line, "=") {
			out = append(out, line)
		}
	}
	return out
}

// The done-when in the window: 地区生产总值 growth of 马村区 in
// 2023 (worked out) and 2024 and of 焦作市 in 2024, each cell naming its
// report and opening its sentence, the chart's legend naming both places.
func TestCompareTabShowsGDPGrowth(t *testing.T) {
	m, ct := openCompare(t)
	got := strings.Join(cells(ct), "\n")
	want := "焦作市 2024年=5.4%\n马村区 2023年=3.8%* 2024年=5.0%"
	if got != want {
		t.Fatalf("cells:\n%s\nwant:\n%s", got, want)
	}
	if l := strings.Join(ct.legend(), " "); l != "焦作市 马村区" {
		t.Errorf("legend %q", l)
	}
	if ct.chart == nil || ct.chart.Kind != chart.Lines || ct.image.img.Image == nil {
		t.Fatal("no line chart drawn")
	}

	// 马村区 2024年: its row and column in the widget's table.
	row, col := -1, -1
	for r, p := range ct.current.Places {
		if p.Name == "马村区" {
			row = r
		}
	}
	for c := 1; c <= len(ct.current.Columns); c++ {
		if ct.headerText(c) == "2024年" {
			col = c
		}
	}
	ct.table.Select(widget.TableCellID{Row: row, Col: col})
	if !strings.Contains(ct.detail.full, "马村区 2024年") || len(ct.sources.Objects) != 1 {
		t.Fatalf("detail %q with %d sources", ct.detail.full, len(ct.sources.Objects))
	}
	src := ct.sources.Objects[0].(*widget.Button).Text
	if !strings.Contains(src, "000_3d56ce9018f8a19f.txt") || !strings.Contains(src, "1209–1213") {
		t.Errorf("source %q, want 000's bytes 1209–1213", src)
	}
	a := m.reader.Article()
	if a == nil || a.ID != "000_3d56ce9018f8a19f.txt" {
		t.Fatalf("reader shows %v, want 000", a)
	}
	i := a.ParagraphAt(1209)
	marked := false
	for _, s := range m.reader.highlights(i) {
		if s.bg == colorMarked && a.Paragraphs[i].Text[s.start:s.end] == "5.0%" {
			marked = true
		}
	}
	if !marked {
		t.Error("the cell did not mark 5.0% in the reader")
	}
}

// Export writes the table as CSV with a BOM and the chart as a PNG at
// twice its size.
func TestCompareExport(t *testing.T) {
	m, _ := openCompare(t)
	var req exportRequest
	m.shell.showExportHook = func(r exportRequest) { req = r }
	m.exportCompare()
	if req.write == nil || strings.Join(req.formats, " ") != ".csv .png .svg" {
		t.Fatalf("export request %+v", req)
	}
	dir := t.TempDir()
	csvPath, pngPath := filepath.Join(dir, "gdp.csv"), filepath.Join(dir, "gdp.png")
	for _, p := range []string{csvPath, pngPath} {
		if err := req.write(p); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(csvPath)
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	if !bytes.HasPrefix(b, []byte("\uFEFFindicator,kind,place,region_code,year,period,value")) || len(lines) != 4 {
		t.Fatalf("csv:\n%s", b)
	}
	if !strings.HasPrefix(lines[2], "地区生产总值,growth,马村区,410804,2023,,3.8,%,3.8,%,000_3d56ce9018f8a19f.txt") {
		t.Errorf("马村区 2023 row %q", lines[2])
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 2*chart.DefaultWidth || cfg.Height != 2*chart.DefaultHeight {
		t.Errorf("png %dx%d (%v), want %dx%d", cfg.Width, cfg.Height, err, 2*chart.DefaultWidth, 2*chart.DefaultHeight)
	}
}

// Typing narrows the indicators; a name the gazetteer does not know
// says so and keeps the table.
func TestCompareTyping(t *testing.T) {
	_, ct := openCompare(t)
	ct.from.SetSelected("2024年")
	if got := strings.Join(cells(ct), "\n"); got != "焦作市 2024年=5.4%\n马村区 2024年=5.0%" {
		t.Errorf("from 2024:\n%s", got)
	}
	if !slices.Contains(ct.from.Options, "2023年") {
		t.Errorf("narrowing the range took 2023 out of the pickers: %v", ct.from.Options)
	}
	before := strings.Join(cells(ct), "\n")
	ct.place.SetText("不存在县")
	if !strings.Contains(ct.message.Text, "不存在县") || strings.Join(cells(ct), "\n") != before {
		t.Errorf("unknown place: message %q, cells changed", ct.message.Text)
	}
	ct.indicator.SetText("一般公共")
	if len(ct.offered) == 0 {
		t.Error("typing 一般公共 offers nothing")
	}
	for _, o := range ct.offered {
		if !strings.Contains(o, "一般公共") {
			t.Errorf("option %q does not match what is typed", o)
		}
	}
}

// librarySource stands for the library: a source not in memory, queried
// in the background, that waits until the test lets it answer.
type librarySource struct {
	memorySource
	answer chan struct{}
}

func (s librarySource) Table(q compare.Query) (compare.Table, error) {
	<-s.answer
	return s.memorySource.Table(q)
}

// A query of the library runs in the background; the tab says it is
// comparing, and shows only the last query's table.
func TestCompareQueriesLibraryInBackground(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	docs := m.allDocs() // read here: the query runs on another goroutine
	src := librarySource{memorySource{func() []chart.Doc { return docs }}, make(chan struct{})}
	ct := newCompareTabFor(m.env.charts, m.allDocs)
	ct.source = src
	var q uiQueue
	ct.do = q.add
	ct.load() // the first indicator, at once: a query waits
	ct.indicator.SetText("地区生产总值")
	if !strings.Contains(ct.message.Text, tr("Comparing…")) || len(ct.current.Places) != 0 {
		t.Fatalf("while querying: message %q, %d places", ct.message.Text, len(ct.current.Places))
	}
	close(src.answer)
	for deadline := time.Now().Add(60 * time.Second); len(ct.current.Places) == 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		q.run()
	}
	if got := strings.Join(cells(ct), "\n"); !strings.Contains(got, "马村区 2023年=3.8%* 2024年=5.0%") {
		t.Errorf("cells after the answer:\n%s", got)
	}
}
