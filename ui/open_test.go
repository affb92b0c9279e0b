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
	"golang.org/x/text/encoding/simplifiedchinese"

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

func TestOpenFileAddsAndSurvivesRestart(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	path := writeGBK(t, t.TempDir(), "温县.txt", userReport)
	if err := m.openFile(path); err != nil {
		t.Fatal(err)
	}
	if got := m.reader.Article(); got == nil || got.ID != "温县.txt" || got.Title != "温县经济运行情况" {
		t.Fatalf("reader shows %v", got)
	}
	if len(m.articles) != 6 || m.lib.list.Length() != 6 {
		t.Errorf("library has %d articles", len(m.articles))
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
	<-m.index.Ready()
	if hits := m.index.Query("新签约项目", 5); len(hits) == 0 || hits[0].Doc != "温县.txt" {
		t.Errorf("search does not find the opened article: %v", hits)
	}

	m2, _ := start(t, a) // a restart on the same preferences
	if len(m2.articles) != 6 || m2.articleByID("温县.txt") == nil {
		t.Fatalf("after restart the library has %d articles", len(m2.articles))
	}
	if m2.reader.Article().ID != "温县.txt" {
		t.Errorf("restart shows %s, want the article last read", m2.reader.Article().ID)
	}
	m2.removeCurrent()
	if m2.articleByID("温县.txt") != nil || len(a.Preferences().StringList(prefOpenedFiles)) != 0 {
		t.Error("Remove from Library leaves the article")
	}
}

func TestOpenBadFileLosesNothing(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	before := m.reader.Article()
	for _, p := range []string{bin, filepath.Join(dir, "missing.txt"), dir} {
		err := m.openFile(p)
		if err == nil {
			t.Fatalf("%s opened", p)
		}
		if !strings.Contains(err.Error(), filepath.Base(p)) {
			t.Errorf("error %q does not name the file", err)
		}
	}
	if len(m.articles) != 5 || m.reader.Article() != before || len(a.Preferences().StringList(prefOpenedFiles)) != 0 {
		t.Error("a failed open changed the library")
	}
}

func TestMissingFileLeavesLibraryOnRestart(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	kept := writeGBK(t, dir, "温县.txt", userReport)
	a.Preferences().SetStringList(prefOpenedFiles, []string{kept, filepath.Join(dir, "gone.txt")})
	m, _ := start(t, a)
	if len(m.articles) != 6 || m.articleByID("温县.txt") == nil {
		t.Errorf("library has %d articles", len(m.articles))
	}
	if got := a.Preferences().StringList(prefOpenedFiles); len(got) != 1 || got[0] != kept {
		t.Errorf("remembered files %v, want only the one still there", got)
	}
}

// Files dropped on the window open as File → Open opens them; one that
// cannot be read is named in a message and the others still open.
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
	m.do = q.add
	m.dropped(fyne.NewPos(400, 300), []fyne.URI{storage.NewFileURI(bad), storage.NewFileURI(good)})
	waitForUI(t, q, func() bool { return m.articleByID("温县.txt") != nil })
	if m.reader.Article().ID != "温县.txt" || len(m.articles) != 6 {
		t.Errorf("after the drop the reader shows %s, library has %d articles", m.reader.Article().ID, len(m.articles))
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
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			b.WriteString(v.Text + "\n")
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}

// waitForUI runs the work background goroutines hand the UI thread until
// done says it has come (10 s at most).
func waitForUI(t *testing.T, q *uiQueue, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for q.run(); !done(); q.run() {
		if time.Now().After(deadline) {
			t.Fatal("the work did not come back to the UI thread within 10 s")
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
// window shows that it is opening; then it opens with its figures and
// keywords ready.
func TestBigFileOpensInBackground(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	q := &uiQueue{}
	m.do = q.add
	m.openFiles([]string{bigReport(t, t.TempDir())})
	if w.Canvas().Overlays().Top() == nil || !strings.Contains(allText(w.Canvas().Overlays().Top()), tr("Opening…")) {
		t.Error("no sign that a big file is being opened")
	}
	if m.articleByID("汇编.txt") != nil {
		t.Fatal("the big file was read on the UI thread")
	}
	waitForUI(t, q, func() bool { return m.articleByID("汇编.txt") != nil })
	if m.reader.Article().ID != "汇编.txt" {
		t.Fatalf("reader shows %s", m.reader.Article().ID)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the opening message stays up")
	}
	if len(m.panel.figures.figs) == 0 || len(m.panel.keywords.words) == 0 {
		t.Errorf("%d figures, %d keywords", len(m.panel.figures.figs), len(m.panel.keywords.words))
	}
	if hits := m.index.Query("地区生产总值", 0); !slices.ContainsFunc(hits, func(h search.Hit) bool { return h.Doc == "汇编.txt" }) {
		t.Error("the big file is not in the search index")
	}
}

// A big article the panel has not analysed shows at once, its panel saying
// what it is working on, and fills in when the work is done.
func TestBigArticleAnalysedInBackground(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	q := &uiQueue{}
	m.do = q.add
	if err := m.openFile(bigReport(t, t.TempDir())); err != nil {
		t.Fatal(err)
	}
	big := m.reader.Article()
	if big.ID != "汇编.txt" || len(m.panel.figures.figs) != 0 {
		t.Fatalf("reader shows %s with %d figures before the analysis", big.ID, len(m.panel.figures.figs))
	}
	if !strings.Contains(m.panel.figures.detail.Text, tr("Finding the figures of this long article…")) || !m.panel.keywords.waiting.Visible() {
		t.Errorf("the panel does not say it is working: %q", m.panel.figures.detail.Text)
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
	q := &uiQueue{}
	m.do = q.add
	big, err := loadFile(bigReport(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	m.addArticle(big, "汇编.txt", false)
	m.allDocs() // starts its analysis, as the chart across articles does
	m.lib.selectID(big.ID)
	waitForUI(t, q, func() bool { return len(m.panel.figures.figs) > 0 })
	if m.panel.keywords.waiting.Visible() {
		t.Error("keywords still waiting")
	}
}

// A big file of the library that is not the one last read is read after
// the window is up, off the UI thread, and takes its place in the library
// in the order the files were added; the article being read stays.
func TestBigFileReopenedAfterWindow(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	big := bigReport(t, dir)
	small := writeGBK(t, dir, "温县.txt", userReport)
	a.Preferences().SetStringList(prefOpenedFiles, []string{big, small})
	a.Preferences().SetString(prefLastArticle, "温县.txt")

	m := New(a, articles(t), Options{Version: "test", Segmenter: testSegmenter})
	q := &uiQueue{}
	m.do = q.add
	m.Start(test.NewTempWindow(t, nil))
	if m.articleByID("汇编.txt") != nil {
		t.Error("the big file was read before the first frame")
	}
	if m.reader.Article().ID != "温县.txt" {
		t.Fatalf("reader shows %s, want the last article read", m.reader.Article().ID)
	}
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	m.Finish()
	waitForUI(t, q, func() bool { return m.articleByID("汇编.txt") != nil })
	n := len(m.articles)
	if m.articles[n-2].ID != "汇编.txt" || m.articles[n-1].ID != "温县.txt" {
		t.Errorf("library ends %s, %s; want the files in the order they were added", m.articles[n-2].ID, m.articles[n-1].ID)
	}
	if m.reader.Article().ID != "温县.txt" || m.lib.selected() != "温县.txt" {
		t.Errorf("reader shows %s, library selects %s; want 温县.txt for both", m.reader.Article().ID, m.lib.selected())
	}
	if hits := m.index.Query("地区生产总值", 0); !slices.ContainsFunc(hits, func(h search.Hit) bool { return h.Doc == "汇编.txt" }) {
		t.Error("the big file is not in the search index")
	}
}
