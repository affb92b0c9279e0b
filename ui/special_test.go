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
// remembered files kept the window from ever appearing; they are now
// refused at once, reported, and taken out of the library.
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
	m := New(a, articles(t), Options{Version: "test", Segmenter: testSegmenter})
	m.do = (&uiQueue{}).add
	started := make(chan struct{})
	go func() {
		m.Start(test.NewTempWindow(t, nil))
		close(started)
	}()
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("the window did not start in 10 s")
	}
	if m.articleByID("温县.txt") == nil {
		t.Error("the regular file was not reopened")
	}
	if got := a.Preferences().StringList(prefOpenedFiles); len(got) != 1 || got[0] != small {
		t.Errorf("library files %q", got)
	}
	if msg := strings.Join(m.unopened, "\n"); !strings.Contains(msg, "named pipe") || !strings.Contains(msg, "device") {
		t.Errorf("not reported: %q", msg)
	}
}
