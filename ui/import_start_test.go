package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Opening one file names it under the list while it is read, as a long
// compilation takes seconds: the strip said "Looking for files…" of a
// file already found. A folder is still searched first.
func TestImportStripNamesTheFileOpened(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	path := writeGBK(t, dir, "温县.txt", userReport)
	q := useQueue(m)
	m.openFiles([]string{path})
	if got := m.importer.strip.status.Text; got != "Reading 温县.txt..." {
		t.Errorf("opening one file, the strip says %q", got)
	}
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if got := startText([]string{dir}); got != tr("Looking for files…") {
		t.Errorf("a folder starts with %q", got)
	}
	if got := startText([]string{path, filepath.Join(dir, "其他.txt")}); got != tr("Looking for files…") {
		t.Errorf("two files start with %q", got)
	}
}

// Opening a big file, the bar moves while the file is read, analysed and
// written, and the strip says how far the file has got: it stood at 0%
// until the whole file was in (half a minute for 9 MB).
func TestImportBarMovesWithinABigFile(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	path := bigReport(t, t.TempDir())
	q := useQueue(m)
	var seen []float64
	var said string
	// every report of progress reaches the UI thread, and the bar is read
	// after each: with the import's 100 ms between reports and a poll's
	// sampling, a fast machine saw only two values (fresh Debian, quiet)
	sample := func() {
		if m.importer.running == nil {
			return
		}
		if v := m.importer.strip.bar.Value; v > 0 && v < 1 && (len(seen) == 0 || v != seen[len(seen)-1]) {
			seen = append(seen, v)
			said = m.importer.strip.status.Text
			if len(seen) == 3 {
				w.Resize(w.Canvas().Size().AddWidthHeight(0, 1)) // laid out again, with the strip
				saveShot(t, w, "import-big-file")
			}
		}
	}
	m.env.setDo(func(f func()) { q.add(func() { f(); sample() }) })
	m.importer.every = 0
	m.openFiles([]string{path})
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if len(seen) < 3 {
		t.Fatalf("the bar showed %v while the file was under way", seen)
	}
	if !strings.Contains(said, "汇编.txt") || !strings.HasSuffix(strings.TrimSpace(said), "%") {
		t.Errorf("the strip said %q", said)
	}
}
