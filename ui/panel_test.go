package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

func saveShot(t *testing.T, w fyne.Window, name string) {
	dir := os.Getenv("ZHIBIAO_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, w.Canvas().Capture())
}

func TestFiguresTableListsArticleFigures(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	a := m.reader.Article()
	if len(ft.figs) == 0 || len(ft.rows) != len(majorFigures(ft.figs)) {
		t.Fatalf("%d figures, %d not minor, %d rows", len(ft.figs), len(majorFigures(ft.figs)), len(ft.rows))
	}
	if ft.figs[0].Doc != a.ID {
		t.Errorf("table shows figures of %s, reader shows %s", ft.figs[0].Doc, a.ID)
	}
	saveShot(t, w, "figures")
}

func TestSelectingRowMarksFigureInReader(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	a := m.reader.Article()
	row := -1
	for r, i := range ft.rows {
		if !ft.figs[i].Derived && strings.Contains(ft.figs[i].Text, "8.6") {
			row = r
		}
	}
	if row < 0 {
		t.Fatal("fixture: no 8.6亿元 figure in 000")
	}
	before := m.reader.scroll.Offset.Y
	ft.table.Select(widget.TableCellID{Row: row, Col: 0})
	f := ft.figs[ft.rows[row]]
	i := a.ParagraphAt(f.Start)
	var marked bool
	for _, s := range m.reader.highlights(i) {
		if s.bg == colorMarked && a.Paragraphs[i].Text[s.start:s.end] == strings.TrimSpace(f.Text) {
			marked = true
		}
	}
	if !marked {
		t.Errorf("selecting %q did not mark it in paragraph %d", f.Text, i)
	}
	if m.reader.scroll.Offset.Y == before {
		t.Error("selecting a row far down did not scroll the reader")
	}
	if !strings.Contains(ft.detail.full, "8.6") {
		t.Errorf("detail %q does not explain the figure", ft.detail.full)
	}
}

func TestFilterByKindChangesRows(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	all := len(ft.rows)
	ft.setKind(figure.Growth)
	if len(ft.rows) == 0 || len(ft.rows) >= all {
		t.Fatalf("growth filter: %d of %d rows", len(ft.rows), all)
	}
	for _, i := range ft.rows {
		if ft.figs[i].Kind != figure.Growth {
			t.Fatalf("growth filter lets through %s", ft.figs[i].Kind)
		}
	}
	ft.setKind("")
	test.Type(ft.filter, "地区生产总值")
	for _, i := range ft.rows {
		if !strings.Contains(ft.figs[i].Name, "地区生产总值") {
			t.Errorf("text filter lets through %q", ft.figs[i].Name)
		}
	}
	if len(ft.rows) == 0 {
		t.Error("text filter hides 地区生产总值")
	}
}

func TestSortByValue(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	ft.setKind(figure.Growth)
	ft.sortBy(colValue)
	for k := 1; k < len(ft.rows); k++ {
		if ft.figs[ft.rows[k-1]].NormValue > ft.figs[ft.rows[k]].NormValue {
			t.Fatalf("ascending sort out of order at row %d", k)
		}
	}
	ft.sortBy(colValue)
	if ft.figs[ft.rows[0]].NormValue < ft.figs[ft.rows[len(ft.rows)-1]].NormValue {
		t.Error("second click does not reverse")
	}
}

func TestClickingFigureInTextSelectsRow(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	// Find a paragraph with a marked figure and tap inside it.
	for i, fs := range m.reader.figures {
		if len(fs) == 0 {
			continue
		}
		m.reader.tapped(i, fs[0].start)
		if ft.selected != fs[0].index {
			t.Fatalf("tapping figure %d selected %d", fs[0].index, ft.selected)
		}
		return
	}
	t.Fatal("no figure marked in the text")
}

func TestChartsTabDrawsAndMapsBars(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	m.panel.tabs.SelectIndex(1)
	ct := m.panel.charts
	if ct.current == nil || ct.image.img.Image == nil {
		t.Fatalf("no chart for %s: %s", m.reader.Article().ID, ct.message.Text)
	}
	b := ct.image.img.Image.Bounds()
	if b.Dx() < minChartWidth || b.Dy() < 100 {
		t.Errorf("chart image %v", b)
	}
	saveShot(t, w, "charts")
	ct.scope.SetSelected(tr("Across articles"))
	// The indicator picker spans the tab, so that a name such as
	// 固定资产投资 (8) shows whole.
	if pw, tw := ct.indicator.Size().Width, ct.box.Size().Width; pw < 0.9*tw {
		t.Errorf("indicator picker %.0f wide in a tab of %.0f", pw, tw)
	}
	if ct.current == nil || len(ct.indList) == 0 {
		t.Fatalf("no indicator chart: %s", ct.message.Text)
	}
	docs := map[string]bool{}
	for _, bar := range ct.current.Bars {
		docs[bar.Ref.Doc] = true
	}
	if len(docs) < 2 {
		t.Errorf("indicator %q charted from %d articles, want several", ct.current.Title, len(docs))
	}
	saveShot(t, w, "charts-across")
	// A bar leads to its sentence, in its own article.
	ref := ct.current.Bars[len(ct.current.Bars)-1].Ref
	m.openRef(ref)
	if m.reader.Article().ID != ref.Doc || m.reader.marked == nil {
		t.Errorf("bar ref %v did not open and mark its article", ref)
	}
}

func TestExportFiguresWritesFile(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	m.app.Preferences().SetString(prefExportDir, dir)
	var req exportRequest
	m.shell.showExportHook = func(r exportRequest) { req = r }
	m.exportFigures()
	path := filepath.Join(dir, "figures.csv")
	if err := req.write(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(b), "\ufeffdoc,") {
		t.Fatalf("csv %q…, %v", b[:min(len(b), 20)], err)
	}
	req.done(path)
	if !strings.Contains(m.panel.message.Text, path) {
		t.Errorf("status %q does not say where the file went", m.panel.message.Text)
	}
}

func TestExportChartWritesPNG(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.panel.tabs.SelectIndex(1)
	var req exportRequest
	m.shell.showExportHook = func(r exportRequest) { req = r }
	m.exportChartOrFigures()
	if req.write == nil || !strings.Contains(req.title, "Chart") {
		t.Fatalf("Ctrl+S on the charts tab asks for %q", req.title)
	}
	path := filepath.Join(t.TempDir(), "growth.png")
	if err := req.write(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 {
		t.Errorf("exported PNG %dx%d, %v; want 1600 wide (800 at double resolution)", cfg.Width, cfg.Height, err)
	}
	// A write that cannot happen (no such folder) reports an error and
	// leaves nothing behind.
	bad := filepath.Join(t.TempDir(), "missing", "x.png")
	if err := req.write(bad); err == nil {
		t.Error("export into a missing folder succeeded")
	}
}

// Switching articles rebuilds the reader and refreshes every tab of the
// panel: it must not stall the window (well under 100 ms).
func BenchmarkSwitchArticle(b *testing.B) {
	if err := testSegmenter.Wait(); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	m := New(a, Options{Library: appLibrary(b, a), Version: "test", Segmenter: testSegmenter})
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.Start(w)
	m.Finish() // reads the list
	var arts []*corpus.Article
	for _, e := range m.library.all() {
		arts = append(arts, m.articleByID(e.ID))
	}
	for _, art := range arts {
		m.open(art) // extraction is cached after the first visit, as in use
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.open(arts[i%len(arts)])
		w.Canvas().Refresh(w.Content())
	}
}

// Resting the pointer on a derived figure explains its arithmetic.
func TestHoverExplainsDerivedFigure(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	for _, i := range ft.rows {
		if !ft.figs[i].Derived {
			continue
		}
		c := newFigureCell(ft)
		c.fig = i
		c.MouseIn(nil)
		if !strings.Contains(ft.detail.full, ft.figs[i].DerivedFrom) {
			t.Errorf("hover shows %q, want the derivation %q", ft.detail.full, ft.figs[i].DerivedFrom)
		}
		return
	}
	t.Fatal("fixture: 000 has no derived figure")
}

// 预期增长5.5%左右 reads 5.5%左右, not 左右5.5%; 约3亿元 keeps 约 in front.
func TestValueCellQualifier(t *testing.T) {
	for _, c := range []struct {
		f    figure.Figure
		want string
	}{
		{figure.Figure{Text: "5.5%", Unit: "%", Qualifier: "左右"}, "5.5%左右"},
		{figure.Figure{Text: "3亿元", Unit: "亿元", Qualifier: "约"}, "约3亿元"},
		{figure.Figure{Text: "5600余人次", Unit: "人次", Qualifier: "余"}, "5600余人次"},
	} {
		if got := valueText(c.f); got != c.want {
			t.Errorf("valueText(%q, %q) = %q, want %q", c.f.Text, c.f.Qualifier, got, c.want)
		}
	}
}

// 分别比2023年提升1个、0.8个、1.8个百分点: the first two spans are written
// without the unit they share, but a row read on its own must carry it.
func TestValueCellCarriesSharedUnit(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	var got []string
	for _, f := range m.panel.figures.figs {
		if f.Kind == figure.PPChange && f.Name == "第二产业增加值" && !f.Derived {
			got = append(got, valueText(f))
		}
	}
	if !slices.Contains(got, "0.8个百分点") {
		t.Errorf("第二产业增加值 percentage-point rows read %q; want 0.8个百分点 among them", got)
	}
	for _, c := range []struct{ text, unit, want string }{
		{"1个", "个百分点", "1个百分点"},
		{"1.2个百分点", "个百分点", "1.2个百分点"},
		{"2.5", "%", "2.5%"},
		{"第二", "第", "第二"},
		{"5.0%", "", "5.0%"},
	} {
		if got := withWholeUnit(c.text, c.unit); got != c.want {
			t.Errorf("withWholeUnit(%q, %q) = %q, want %q", c.text, c.unit, got, c.want)
		}
	}
}

// Column titles and their sort mark fit in both languages: the English
// Scope column once read "Sc…".
func TestColumnTitlesFit(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	for _, l := range []Language{LangEnglish, LangChinese} {
		m.setLanguage(l)
		for c := range numCols {
			need := fyne.MeasureText(colTitle(c)+"▲", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
			if w := colWidth(c); w < need {
				t.Errorf("%s: column %q is %.0f wide, its title needs %.0f", l, colTitle(c), w, need)
			}
		}
		for _, k := range figure.Kinds {
			need := fyne.MeasureText(kindLabel(k), theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
			if w := colWidth(colKind); w < need {
				t.Errorf("%s: kind column is %.0f wide, %q needs %.0f", l, w, kindLabel(k), need)
			}
		}
	}
	m.setLanguage(LangSystem)
}

// In a 1280×800 window the figures table fits its panel without a
// horizontal scroll bar, and the indicator column takes the spare width.
func TestFiguresTableFitsPanel(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	for _, l := range []Language{LangChinese, LangEnglish} {
		m.setLanguage(l)
		w.Resize(fyne.NewSize(1280, 800))
		ft := m.panel.figures
		total := ft.fill.width + float32(ft.cols())*theme.Padding()
		for c := colName + 1; c < ft.cols(); c++ {
			total += ft.colW[c]
		}
		if tw := ft.table.Size().Width; total > tw+0.5 {
			t.Errorf("%s: columns take %.0f, the table is %.0f wide", l, total, tw)
		}
		if ft.fill.width < colWidth(colName) {
			t.Errorf("%s: indicator column %.0f wide", l, ft.fill.width)
		}
	}
	m.setLanguage(LangSystem)
}
