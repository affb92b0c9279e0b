package ui

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/compare"
)

// With the library's opener (what the app passes), the Compare tab reads
// the library's figure rows in the background, never every article of
// the window, and reads them again once an import has added a place.
func TestCompareReadsTheLibrary(t *testing.T) {
	a := test.NewTempApp(t)
	lib := appLibrary(t, a)
	var opens atomic.Int32
	m := New(a, Options{Version: "test", Segmenter: testSegmenter, Library: lib,
		Compare: func() (CompareSource, error) { opens.Add(1); return compare.NewLibrary(lib) }})
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.Start(test.NewTempWindow(t, nil))
	m.Finish()
	ct := m.panel.compare
	if ct.source != nil {
		t.Fatalf("with a library the tab starts with source %T, want none until the library opens", ct.source)
	}
	m.panel.tabs.SelectIndex(len(m.panel.tabs.Items) - 1)
	waitForUI(t, q, func() bool { return len(ct.indicators) > 0 })
	if _, ok := ct.source.(*compare.Library); !ok {
		t.Fatalf("the tab compares from %T, want *compare.Library", ct.source)
	}
	ct.indicator.SetText("地区生产总值")
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
	waitForUI(t, q, func() bool { return len(ct.current.Places) > 0 })
	if got := strings.Join(cells(ct), "\n"); !strings.Contains(got, "马村区 2023年=3.8%* 2024年=5.0%") {
		t.Errorf("cells from the library:\n%s", got)
	}

	dir := t.TempDir()
	report := filepath.Join(dir, "叶县2024年经济运行.txt")
	text := "叶县2024年经济运行情况\n\n2024年，叶县地区生产总值增长6.3%。\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	m.importPaths([]string{report}, false)
	waitForUI(t, q, func() bool { return m.importer.running == nil && opens.Load() >= 2 })
	waitForUI(t, q, func() bool { return strings.Contains(strings.Join(cells(ct), "\n"), "叶县 2024年=6.3%") })
}
