package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Opening several files at once, two of them not text, the report says how
// many were added too: it listed the two that failed and nothing else, as
// if the whole import had failed.
func TestOpenSeveralFilesReportsCounts(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	good := writeGBK(t, dir, "温县.txt", userReport)
	var paths = []string{good}
	for _, name := range []string{"坏1.txt", "坏2.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte{0, 1, 2, 0xff, 0, 3}, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	importAndWait(t, m, paths...)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no import report")
	}
	text := allLabels(top)
	if !strings.Contains(text, "坏1.txt") || !strings.Contains(text, tr("{{.Added}} added, {{.Dup}} already in the library, {{.Failed}} could not be imported.", map[string]any{"Added": 1, "Dup": 0, "Failed": 2})) {
		t.Errorf("the report says %q", text)
	}
}
