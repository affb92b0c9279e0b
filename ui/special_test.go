//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestSpecialFilesInLibrary: a FIFO or a link to /dev/zero among the
// remembered files kept the window from ever appearing; imported into the
// library at the first start, they are refused at once and reported.
func TestSpecialFilesInLibrary(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "管道.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip(err)
	}
	small := writeGBK(t, dir, "温县.txt", userReport)
	a.Preferences().SetStringList(prefOpenedFiles, []string{fifo, zero, small})
	m := New(a, Options{Library: appLibrary(t, a), Version: "test", Segmenter: testSegmenter})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	started := make(chan struct{})
	go func() {
		m.Start(w)
		m.Finish() // starts the import
		close(started)
	}()
	select {
	case <-started:
	case <-time.After(60 * time.Second):
		t.Fatal("the window did not start in 60 s")
	}
	waitForUI(t, q, func() bool { return m.importer.running == nil })
	if m.articleByID("温县.txt") == nil || len(m.library.all()) != 6 {
		t.Errorf("the regular file was not imported: %d articles", len(m.library.all()))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the special files are not reported")
	}
	if msg := allText(top); !strings.Contains(msg, "named pipe") || !strings.Contains(msg, "device") {
		t.Errorf("not reported: %q", msg)
	}
}
