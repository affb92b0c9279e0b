package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// Files the app is started with ("Open with Zhibiao", a file dropped on
// the program) go through openFiles, the path File → Open takes: they join
// the library, the last one is shown, and one
// that cannot be read is named in a message while the others open.
func TestLaunchFilesOpenAsFileOpen(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	wen := writeGBK(t, dir, "温县.txt", userReport)
	bo := writeGBK(t, dir, "博爱县.txt", "博爱县经济运行情况\n\n2024年，博爱县地区生产总值增长5.2%，固定资产投资增长7.9%。\n")
	gone := filepath.Join(dir, "不存在.txt")

	m := New(a, Options{Library: appLibrary(t, a), Version: "test", Segmenter: testSegmenter, Files: []string{wen, gone, bo}})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	m.Start(w)
	m.Finish() // starts the import
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if m.articleByID("温县.txt") == nil || len(m.library.all()) != 7 {
		t.Fatalf("library has %d articles", len(m.library.all()))
	}
	if got := m.reader.Article().ID; got != "博爱县.txt" {
		t.Errorf("reader shows %s, want the last file given", got)
	}
	if !strings.Contains(w.Title(), "博爱县经济运行情况") {
		t.Errorf("window title %q", w.Title())
	}
	if e, ok := m.library.entry("温县.txt"); !ok || e.Path != wen {
		t.Errorf("the library keeps %+v", e)
	}
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(allText(top), "不存在.txt") {
		t.Error("no message naming the file that could not be read")
	}
}

// `zhibiao reports/` (a folder on the command line, or dropped on the
// program) was refused; its reports now join the library as File → Add
// Folder adds them (recursively, reports only), the last one found is
// shown,
// and the counts are said — also for a folder that held no report, which
// otherwise opened a window that said nothing.
func TestLaunchFolderImportsItsReports(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	writeGBK(t, dir, "温县.txt", userReport)
	sub := filepath.Join(dir, "2024")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeGBK(t, sub, "博爱县.txt", "博爱县经济运行情况\n\n2024年，博爱县地区生产总值增长5.2%，固定资产投资增长7.9%。\n")
	if err := os.WriteFile(filepath.Join(dir, "封面.png"), []byte{0x89, 'P', 'N', 'G'}, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()

	m := New(a, Options{Library: appLibrary(t, a), Version: "test", Segmenter: testSegmenter, Files: []string{dir}})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	m.Start(w)
	m.Finish()
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if m.articleByID("温县.txt") == nil || m.articleByID("博爱县.txt") == nil || len(m.library.all()) != 7 {
		t.Fatalf("library has %d articles", len(m.library.all()))
	}
	if got := m.reader.Article(); got == nil || got.ID != "温县.txt" { // 2024/博爱县.txt comes first
		t.Errorf("reader shows %v, want the folder's last report, 温县.txt", articleID(got))
	}
	counts := tr("{{.Added}} added, {{.Dup}} already in the library, {{.Failed}} could not be imported.", map[string]any{"Added": 2, "Dup": 0, "Failed": 0})
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(allLabels(top), counts) {
		t.Errorf("no report saying %q", counts)
	}

	w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	m.openFiles([]string{empty})
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	none := tr("{{.Added}} added, {{.Dup}} already in the library, {{.Failed}} could not be imported.", map[string]any{"Added": 0, "Dup": 0, "Failed": 0})
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(allLabels(top), none) {
		t.Errorf("an empty folder: no report saying %q", none)
	}
}

// articleID is a's id, or "no article".
func articleID(a *corpus.Article) string {
	if a == nil {
		return "no article"
	}
	return a.ID
}
