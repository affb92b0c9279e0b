package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/search"
)

// A GBK report, as Chinese Windows saves it.
func writeGBK(t *testing.T, dir, name, text string) string {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const userReport = "温县经济运行情况\n\n2024年，温县地区生产总值增长6.1%，规上工业增加值增长8.3%，新签约项目总投资52.6亿元。\n"

// useQueue has the work the window hands to the UI thread queued for the
// test to run.
func useQueue(m *Main) *uiQueue {
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.search.do = q.add
	if m.panel != nil {
		m.panel.keywords.do = q.add
	}
	return q
}

// importAndWait imports files as File → Open does and runs the UI
// thread's share of the work until the import is done.
func importAndWait(t *testing.T, m *Main, paths ...string) {
	t.Helper()
	q := useQueue(m)
	m.openFiles(paths)
	waitForUI(t, q, func() bool { return m.importer.running == nil })
}

func TestOpenFileAddsAndSurvivesRestart(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	path := writeGBK(t, t.TempDir(), "温县.txt", userReport)
	importAndWait(t, m, path)
	if got := m.reader.Article(); got == nil || got.ID != "温县.txt" || got.Title != "温县经济运行情况" {
		t.Fatalf("reader shows %v", got)
	}
	if len(m.library.all()) != 6 || m.library.list.list.Length() != 6 {
		t.Errorf("library has %d articles", len(m.library.all()))
	}
	var found bool
	for _, f := range m.figures(m.reader.Article()) {
		if f.Text == "6.1%" && f.Region == "温县" {
			found = true
		}
	}
	if !found {
		t.Error("the opened article's figures were not extracted")
	}
	if hits, err := m.env.store.Search("新签约项目", 5); err != nil || len(hits) == 0 || hits[0].Doc != "温县.txt" {
		t.Errorf("search does not find the opened article: %v %v", hits, err)
	}
	if len(a.Preferences().StringList(prefOpenedFiles)) != 0 {
		t.Error("the file went to the preferences, not the library")
	}

	m2, _ := start(t, a) // a restart on the same preferences and library
	if len(m2.library.all()) != 6 || m2.articleByID("温县.txt") == nil {
		t.Fatalf("after restart the library has %d articles", len(m2.library.all()))
	}
	if m2.reader.Article().ID != "温县.txt" {
		t.Errorf("restart shows %s, want the article last read", m2.reader.Article().ID)
	}
	m2.removeCurrent()
	if m2.articleByID("温县.txt") != nil || len(m2.library.all()) != 5 {
		t.Error("Remove from Library leaves the article")
	}
}

func TestOpenBadFileLosesNothing(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	before := m.reader.Article()
	for _, p := range []string{bin, filepath.Join(dir, "missing.txt")} {
		importAndWait(t, m, p)
		top := w.Canvas().Overlays().Top()
		if top == nil || !strings.Contains(allText(top), filepath.Base(p)) {
			t.Errorf("no message naming %s", filepath.Base(p))
		}
		w.Canvas().Overlays().Remove(top)
	}
	if len(m.library.all()) != 5 || m.reader.Article() != before {
		t.Error("a failed open changed the library")
	}
}

// The files the preferences listed before the library was a database are
// imported on the first start after the upgrade, once; one that is gone
// is reported, and the list is dropped.
func TestPrefsFilesMigratedOnce(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	kept := writeGBK(t, dir, "温县.txt", userReport)
	a.Preferences().SetStringList(prefOpenedFiles, []string{kept, filepath.Join(dir, "gone.txt")})
	m := New(a, Options{Version: "test", Segmenter: testSegmenter, Library: appLibrary(t, a)})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	m.Start(w)
	m.Finish() // starts the import
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if len(m.library.all()) != 6 || m.articleByID("温县.txt") == nil {
		t.Errorf("library has %d articles", len(m.library.all()))
	}
	if got := a.Preferences().StringList(prefOpenedFiles); len(got) != 0 {
		t.Errorf("the preferences still list %v", got)
	}
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(allText(top), "gone.txt") {
		t.Error("the file that is gone is not reported")
	}
	m2, _ := start(t, a)
	if len(m2.library.all()) != 6 || m2.importer.running != nil {
		t.Errorf("a second start imports again: %d articles", len(m2.library.all()))
	}
}

// Files dropped on the window are imported as File → Open imports them;
// one that cannot be read is named in a message and the others still
// open.
func TestDropOpensFiles(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	dir := t.TempDir()
	good := writeGBK(t, dir, "温县.txt", userReport)
	bad := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bad, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.dropped(fyne.NewPos(400, 300), []fyne.URI{storage.NewFileURI(bad), storage.NewFileURI(good)})
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if m.articleByID("温县.txt") == nil || len(m.library.all()) != 6 {
		t.Errorf("after the drop the library has %d articles", len(m.library.all()))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message for the file that could not be read")
	}
	if !strings.Contains(allText(top), "scan.txt") {
		t.Errorf("the message does not name scan.txt: %q", allText(top))
	}
}

// allText gathers the text an object shows, for asserting on dialogs.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	walkRendered(o, func(o fyne.CanvasObject) bool {
		if v, ok := o.(*canvas.Text); ok {
			b.WriteString(v.Text + "\n")
		}
		return true
	})
	return b.String()
}

// allLabels gathers the whole texts of the labels under o, before they
// are wrapped into lines: a long message asserted on may wrap anywhere.
func allLabels(o fyne.CanvasObject) string {
	var b strings.Builder
	walkRendered(o, func(o fyne.CanvasObject) bool {
		if v, ok := o.(*widget.Label); ok {
			b.WriteString(v.Text + "\n")
			return false
		}
		return true
	})
	return b.String()
}

// waitForUI runs the work background goroutines hand the UI thread until
// done says it has come (10 s at most).
func waitForUI(t *testing.T, q *uiQueue, done func() bool) {
	t.Helper()
	// a guard against a hang, not a measure of speed: under the race
	// detector on a busy machine the big file's analysis alone took 10 s
	deadline := time.Now().Add(60 * time.Second)
	for q.run(); !done(); q.run() {
		if time.Now().After(deadline) {
			t.Fatal("the work did not come back to the UI thread within 60 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// bigReport writes a report of more than bigArticle bytes: the seeds one
// after another.
func bigReport(t *testing.T, dir string) string {
	t.Helper()
	var b []byte
	for len(b) < bigArticle+1 {
		for _, a := range articles(t) {
			b = append(b, a.Raw...)
			b = append(b, "\n\n"...)
		}
	}
	path := filepath.Join(dir, "汇编.txt")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A big file is read, indexed and analysed off the UI thread while the
// window shows the import under way; then it opens with its figures and
// keywords ready, and search finds it.
func TestBigFileOpensInBackground(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	q := useQueue(m)
	m.openFiles([]string{bigReport(t, t.TempDir())})
	if !m.importer.strip.box.Visible() {
		t.Error("no sign that a big file is being imported")
	}
	if m.articleByID("汇编.txt") != nil {
		t.Fatal("the big file was read on the UI thread")
	}
	waitForUI(t, q, func() bool { return m.importer.running == nil && len(m.panel.keywords.words) > 0 })
	if m.reader.Article().ID != "汇编.txt" {
		t.Fatalf("reader shows %s", m.reader.Article().ID)
	}
	if m.importer.strip.box.Visible() {
		t.Error("the import strip stays up")
	}
	if len(m.panel.figures.figs) == 0 {
		t.Errorf("%d figures", len(m.panel.figures.figs))
	}
	if hits, _ := m.env.store.Search("地区生产总值", 0); !slices.ContainsFunc(hits, func(h search.Hit) bool { return h.Doc == "汇编.txt" }) {
		t.Error("the big file is not in the search index")
	}
}

// A big article whose figures the library does not hold (its properties
// were edited) shows at once, its panel saying what it is working on, and
// fills in when the work is done.
func TestBigArticleAnalysedInBackground(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	importAndWait(t, m, bigReport(t, t.TempDir()))
	m.library.list.selectID(m.library.all()[0].ID)
	year := 2020
	if err := m.env.store.SetEdits("汇编.txt", library.Edits{Year: &year}); err != nil {
		t.Fatal(err)
	}
	m.forget("汇编.txt")
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.library.list.selectID("汇编.txt")
	big := m.reader.Article()
	if big.ID != "汇编.txt" || len(m.panel.figures.figs) != 0 {
		t.Fatalf("reader shows %s with %d figures before the analysis", big.ID, len(m.panel.figures.figs))
	}
	if !strings.Contains(m.panel.figures.detail.full, tr("Finding the figures of this long article…")) || !m.panel.keywords.waiting.Visible() {
		t.Errorf("the panel does not say it is working: %q", m.panel.figures.detail.full)
	}
	waitForUI(t, q, func() bool { return len(m.panel.figures.figs) > 0 })
	if len(m.panel.figures.figs) == 0 || len(m.panel.keywords.words) == 0 || m.panel.keywords.waiting.Visible() {
		t.Errorf("after the analysis: %d figures, %d keywords", len(m.panel.figures.figs), len(m.panel.keywords.words))
	}
}

// A big article the across-articles chart set analysing, then opened
// before that is done, still fills its panel when it is.
func TestOpeningArticleAlreadyBeingAnalysed(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	importAndWait(t, m, bigReport(t, t.TempDir()))
	m.library.list.selectID(m.library.all()[0].ID)
	if err := m.env.store.SetEdits("汇编.txt", library.Edits{}); err != nil { // drops its figures
		t.Fatal(err)
	}
	m.forget("汇编.txt")
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.allDocs() // starts its analysis, as the chart across articles does
	m.library.list.selectID("汇编.txt")
	waitForUI(t, q, func() bool { return len(m.panel.figures.figs) > 0 })
	if m.panel.keywords.waiting.Visible() {
		t.Error("keywords still waiting")
	}
}
