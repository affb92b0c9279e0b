package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
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
