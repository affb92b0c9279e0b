package ui

import (
	gocontext "context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/library"
)

// manyArticles is a library list of n articles as ten years of county
// bulletins make it: many titles repeat from year to year and county to
// county.
func manyArticles(n int) []library.Article {
	counties := []string{"温县", "博爱县", "修武县", "武陟县", "孟州市", "沁阳市", "叶县", "宿松县"}
	out := make([]library.Article, n)
	for i := range out {
		c := counties[i%len(counties)]
		year := 2015 + i/len(counties)%10
		out[i] = library.Article{
			ID:     fmt.Sprintf("%s%d-%d.txt", c, year, i),
			Path:   fmt.Sprintf("/data/%s/%d/%d.txt", c, year, i),
			Title:  fmt.Sprintf("%d年%s国民经济和社会发展统计公报", year, c),
			Date:   fmt.Sprintf("%d-03-%02d", year+1, 1+i%28),
			Year:   year,
			Region: c,
		}
	}
	return out
}

// rowText is what row r of the list shows, title and second line.
func rowText(l *libraryList, r int) (title, meta string) {
	o := l.list.CreateItem()
	l.list.UpdateItem(r, o)
	c := o.(*fyne.Container)
	return c.Objects[0].(*fitLabel).full, richText(c.Objects[1].(*widget.RichText))
}

// Ten thousand articles: the list is complete at once, makes rows only for
// what is on screen, and filters as the user types, fast enough for every
// keystroke (logged here; the benchmark in library_bench_test.go measures).
func TestLibraryListTenThousand(t *testing.T) {
	l := newLibraryList()
	w := test.NewTempWindow(t, l.box)
	w.Resize(fyne.NewSize(300, 700))
	all := manyArticles(10_000)
	t0 := time.Now()
	l.setEntries(all)
	w.Canvas().Refresh(l.box)
	// times are logged, not judged: they move with the machine's load
	// (BenchmarkWindowOverBenchLibrary measures them)
	t.Logf("10,000 rows listed in %v", time.Since(t0))
	if l.list.Length() != 10_000 {
		t.Fatalf("list length %d", l.list.Length())
	}
	if made := countRows(l.list); made > 50 {
		t.Errorf("%d rows made for a 700-unit window: the list is not virtual", made)
	}
	t0 = time.Now()
	test.Type(l.filter, "2019年叶县")
	per := time.Since(t0) / time.Duration(len([]rune("2019年叶县")))
	t.Logf("filtering 10,000 rows takes %v a keystroke", per)
	if n := l.list.Length(); n != 125 {
		t.Errorf("2019年叶县: %d rows, want 125", n)
	}
	title, meta := rowText(l, 0)
	if !strings.Contains(title, "2019年叶县") || !strings.Contains(meta, "叶县") || !strings.Contains(meta, "2020-03") {
		t.Errorf("first row %q / %q", title, meta)
	}
	l.filter.SetText("")
	l.setOrder(orderDate)
	if _, meta := rowText(l, 0); !strings.Contains(meta, " · 2025-03-28") { // after the file name: titles repeat
		t.Errorf("newest first: the first row is dated %q", meta)
	}
}

// countRows counts the row widgets the list has made.
func countRows(l *widget.List) int {
	n := 0
	walkRendered(l, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*widget.Label); ok {
			n++
			return false
		}
		return true
	})
	return n
}

// Two files with the same first line are told apart by their file names,
// and by their folders when the names are the same too; each opens with
// its own text and its own figures (issue 15: the second file replaced
// the first, and after a restart one showed the other's figures).
func TestSameTitleRowsShowFileNames(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	a := writeGBK(t, filepath.Join(dir, "a"), "report.txt", "经济运行情况\n\n2024年，温县地区生产总值增长6.1%。\n")
	b := writeGBK(t, filepath.Join(dir, "b"), "report.txt", "经济运行情况\n\n2024年，博爱县固定资产投资增长7.9%，社会消费品零售总额增长5.2%。\n")
	c := writeGBK(t, dir, "博爱县.txt", "经济运行情况\n\n2023年，博爱县地区生产总值增长4.8%。\n")
	importAndWait(t, m, a, b, c)
	if len(m.library.all()) != 8 {
		t.Fatalf("library has %d articles, want 8", len(m.library.all()))
	}
	metas := map[string]string{}
	for r := 0; r < m.library.list.list.Length(); r++ {
		title, meta := rowText(m.library.list, r)
		if title == "经济运行情况" {
			metas[m.library.list.all[m.library.list.shown[r]].ID] = meta
		}
	}
	for id, want := range map[string]string{"report.txt": filepath.Join("a", "report.txt"), "report~2.txt": filepath.Join("b", "report.txt"), "博爱县.txt": "博爱县.txt"} {
		if !strings.HasPrefix(metas[id], want+" · ") {
			t.Errorf("%s: row says %q, want it to start with %s", id, metas[id], want)
		}
	}
	if _, meta := rowText(m.library.list, 0); strings.Contains(meta, ".txt") {
		t.Errorf("a title of its own shows its file name: %q", meta)
	}
	for id, want := range map[string]string{"report.txt": "6.1%", "report~2.txt": "7.9%"} {
		m.library.list.selectID(id)
		got := m.reader.Article()
		figs := m.figures(got)
		if got.ID != id || !strings.Contains(got.Text(), want) || len(figs) == 0 || !strings.Contains(got.Text()[figs[0].Start:figs[0].End], want) {
			t.Errorf("%s shows %s with figures %v", id, got.ID, figs)
		}
	}
}

// gatedStore holds an import after its first file until the test lets it
// go, so that the test sees it under way.
type gatedStore struct {
	Store
	first, gate chan struct{}
}

func (g *gatedStore) Import(ctx gocontext.Context, paths []string, progress func(library.Progress)) ([]library.Result, error) {
	return g.Store.Import(ctx, paths, func(p library.Progress) {
		progress(p)
		if p.Done == 1 {
			close(g.first)
			<-g.gate
		}
	})
}

// A folder imports in the background with a bar, the count and the file;
// the window stays usable; Cancel keeps what was imported and says so.
func TestImportFolderProgressAndCancel(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	for i := range 20 {
		writeGBK(t, dir, fmt.Sprintf("%02d温县.txt", i), fmt.Sprintf("温县第%d期经济运行情况\n\n2024年，温县地区生产总值增长%d.1%%。\n", i, i%9+1))
	}
	g := &gatedStore{Store: m.env.store, first: make(chan struct{}), gate: make(chan struct{})}
	useStore(m, g)
	q := useQueue(m)
	m.importPaths([]string{dir}, false)
	<-g.first
	q.run()
	if !m.importer.strip.box.Visible() || m.importer.strip.bar.Value <= 0 || !strings.HasPrefix(m.importer.strip.status.Text, "1 / 20") {
		t.Errorf("under way: strip shown %v, bar %v, %q", m.importer.strip.box.Visible(), m.importer.strip.bar.Value, m.importer.strip.status.Text)
	}
	m.library.list.selectID(m.library.all()[2].ID) // the window is usable meanwhile
	if m.reader.Article().ID != m.library.all()[2].ID {
		t.Error("the window does not open an article during an import")
	}
	test.Tap(m.importer.strip.cancel)
	close(g.gate)
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if n := len(m.library.all()); n < 6 || n >= 25 {
		t.Errorf("after Cancel the library has %d articles: want the first file kept, not all", n)
	}
	if m.importer.strip.box.Visible() {
		t.Error("the strip stays after the import")
	}
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(allText(top), tr("Cancelled: the files imported so far are kept.")) {
		t.Error("no word that the import was cancelled")
	}
}

// Every failure is listed at the end with its reason, and a file whose
// bytes could not all be decoded is named with how many.
func TestImportReportsFailuresAndReplacements(t *testing.T) {
	results := []library.Result{
		{Path: "/x/温县.txt", Status: library.Added, Doc: "温县.txt"},
		{Path: "/x/报告.txt", Status: library.Added, Doc: "报告.txt", Replaced: 3},
		{Path: "/x/scan.txt", Status: library.Failed, Err: fmt.Errorf("scan.txt: %w", corpus.ErrBinary)},
		{Path: "/x/copy.txt", Status: library.Duplicate, Doc: "温县.txt"},
	}
	msg := importReport(results, false, true)
	for _, want := range []string{"2 added, 1 already in the library, 1 could not be imported.", "scan.txt: This is not a text file", "报告.txt: 3 bytes"} {
		if !strings.Contains(msg, want) {
			t.Errorf("report lacks %q:\n%s", want, msg)
		}
	}
	if msg := importReport(results[:1], false, false); msg != "" {
		t.Errorf("one file opened without trouble: report %q", msg)
	}
}

// Remove takes an article out at once and offers Undo, which brings it
// back as it was; Empty Removed Articles deletes for good.
func TestRemoveUndoAndPurge(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	importAndWait(t, m, writeGBK(t, t.TempDir(), "温县.txt", userReport))
	m.removeCurrent()
	if _, ok := m.library.entry("温县.txt"); ok || len(m.library.all()) != 5 || m.library.list.list.Length() != 5 {
		t.Fatalf("after Remove the library lists %d articles", len(m.library.all()))
	}
	if !m.library.undo.box.Visible() || !strings.Contains(m.library.undo.label.Text, "温县经济运行情况") {
		t.Errorf("undo strip shown %v: %q", m.library.undo.box.Visible(), m.library.undo.label.Text)
	}
	if m.reader.Article() == nil || m.reader.Article().ID == "温县.txt" {
		t.Error("the reader still shows the removed article")
	}
	test.Tap(m.library.undo.undo)
	if _, ok := m.library.entry("温县.txt"); !ok || m.reader.Article().ID != "温县.txt" || m.library.undo.box.Visible() {
		t.Fatalf("Undo: listed %v, reader shows %s", ok, m.reader.Article().ID)
	}
	if figs := m.figures(m.reader.Article()); len(figs) == 0 {
		t.Error("the restored article lost its figures")
	}

	m.removeCurrent()
	m.purgeRemoved()
	lib := libTemplate.open[a]
	if removed, err := lib.Removed(); err != nil || len(removed) != 0 {
		t.Errorf("after purge %d removed articles are kept (%v)", len(removed), err)
	}
	if m.library.undo.box.Visible() {
		t.Error("Undo is offered for a purged article")
	}
	m.library.list.selectID(m.library.all()[0].ID)
	m.removeCurrent() // an embedded article: refused
	if len(m.library.all()) != 5 {
		t.Error("an embedded article was removed")
	}
}

// Closing the window purges what was removed: Undo lasts the session.
func TestClosePurgesRemoved(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := startIn(t, a, test.NewWindow(nil)) // not a temp window: closed here
	importAndWait(t, m, writeGBK(t, t.TempDir(), "温县.txt", userReport))
	m.removeCurrent()
	w.Close()
	if removed, _ := libTemplate.open[a].Removed(); len(removed) != 0 {
		t.Errorf("%d removed articles kept after the window closed", len(removed))
	}
}

func TestRowMeta(t *testing.T) {
	for _, c := range []struct {
		a    library.Article
		file string
		want string
	}{
		{library.Article{Date: "2024-01-22", Year: 2023, Region: "温县"}, "", "2024-01-22 · on 2023 · 温县"},
		{library.Article{Date: "2024-03", Year: 2024, Region: "叶县"}, "", "2024-03 · 叶县"},
		{library.Article{Year: 2022}, "公报.txt", "公报.txt · 2022"},
		{library.Article{}, "", "undated"},
	} {
		if got := rowMeta(c.a, c.file); got != c.want {
			t.Errorf("%+v: %q, want %q", c.a, got, c.want)
		}
	}
}

// Figures the library does not hold (found by an older extractor, or
// dropped by an edit) are found again in the background once the window
// is up, not only when the article is opened.
func TestStaleFiguresRefreshedInBackground(t *testing.T) {
	a := test.NewTempApp(t)
	before := appLibrary(t, a)
	id := "002_71c5408922adfce0.txt"
	if err := before.SetEdits(id, library.Edits{}); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := before.Figures(id); ok {
		t.Fatal("the edit kept the figures")
	}
	m, _ := start(t, a) // reopens the same library
	lib := libTemplate.open[a]
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, _, ok, _ := lib.Figures(id); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the figures were not found again within 60 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if m.reader.Article().ID == id {
		t.Error("the test opened the article: it tests nothing")
	}
}

// A folder dropped on the window is imported as File → Add Folder imports
// it: recursively, and counted at the end.
func TestDropFolderImportsIt(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	sub := filepath.Join(dir, "2024")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeGBK(t, dir, "温县.txt", userReport)
	writeGBK(t, sub, "博爱县.txt", "博爱县经济运行情况\n\n2024年，博爱县地区生产总值增长5.2%。\n")
	if err := os.WriteFile(filepath.Join(sub, "照片.jpg"), []byte{0xff, 0xd8}, 0o644); err != nil {
		t.Fatal(err)
	}
	q := useQueue(m)
	m.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(dir)})
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if _, ok := m.library.entry("博爱县.txt"); !ok || len(m.library.all()) != 7 {
		t.Errorf("after dropping the folder the library has %d articles", len(m.library.all()))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(allText(top), "2 added, 0 already in the library, 0 could not be imported.") {
		t.Error("the folder's import is not counted")
	}
}
