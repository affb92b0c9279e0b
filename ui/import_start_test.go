package ui

import (
	"path/filepath"
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
