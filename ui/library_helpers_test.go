package ui

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/zhibiao/zhibiao/data/library"
)

// libraryTemplate is a library holding the embedded articles, made once
// (their words cut and figures found take a second or two) and copied for
// each test, each of which gets a library of its own.
type libraryTemplate struct {
	once sync.Once
	dir  string
	err  error

	mu sync.Mutex
	// open are the libraries of the test apps: a second start on an app
	// is a restart, on its library (closed first, as by the app's exit).
	open map[fyne.App]*library.Library
}

var libTemplate libraryTemplate

func (lt *libraryTemplate) make() (string, error) {
	lt.once.Do(func() {
		lt.dir, lt.err = os.MkdirTemp("", "zhibiao-ui-library-")
		if lt.err != nil {
			return
		}
		var lib *library.Library
		lib, lt.err = library.Open(lt.dir, library.Options{Segmenter: testSegmenter})
		if lt.err == nil {
			lt.err = lib.Close() // checkpoints the WAL into library.db
		}
	})
	return lt.dir, lt.err
}

func (lt *libraryTemplate) remove() {
	if lt.dir != "" {
		os.RemoveAll(lt.dir)
	}
}

// testLibraryIn opens (or reopens) the test library in dir, copying the
// template there first when dir has none.
func testLibraryIn(t testing.TB, dir string) *library.Library {
	t.Helper()
	db := filepath.Join(dir, library.FileName)
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		from, err := libTemplate.make()
		if err != nil {
			t.Fatal(err)
		}
		if err := copyFile(filepath.Join(from, library.FileName), db); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := library.Open(dir, library.Options{Segmenter: testSegmenter})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// appLibrary is the library of a test app: the one it had, reopened,
// when it is started again.
func appLibrary(t testing.TB, a fyne.App) *library.Library {
	t.Helper()
	lt := &libTemplate
	lt.mu.Lock()
	defer lt.mu.Unlock()
	if lt.open == nil {
		lt.open = map[fyne.App]*library.Library{}
	}
	dir := ""
	if old := lt.open[a]; old != nil {
		dir = old.Dir()
		old.Close()
	} else {
		dir = t.TempDir()
	}
	lib := testLibraryIn(t, dir)
	lt.open[a] = lib
	return lib
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// useStore has the window use another store (a wrapper of its own).
func useStore(m *Main, s Store) {
	m.env.store = s
	m.library.store = s
	m.analyses.store = s
	m.importer.store = s
}
