package ui

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/go-text/typesetting/fontscan"
)

// fontIndexChild, when set, makes TestWarmFontIndexWritesCache the child
// process that warms the index: go-text builds it once per process, so
// the parent's other tests must not have built it already.
const fontIndexChild = "ZHIBIAO_TEST_FONT_INDEX_CHILD"

// WarmFontIndex has go-text index the system's fonts and write the index
// to the user's cache folder, where Fyne's own scan (when it reads the
// first text style) then finds it: the scan is no longer on the way to the
// window's first layout.
func TestWarmFontIndexWritesCache(t *testing.T) {
	if os.Getenv(fontIndexChild) != "" {
		WarmFontIndex()
		dir, err := os.UserCacheDir()
		if err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if found, _ := filepath.Glob(filepath.Join(dir, "font_index_v*.cache")); len(found) > 0 {
				return
			}
		}
		t.Fatal("no font index in the cache folder 20 s after WarmFontIndex")
	}
	if !hasSystemFonts() {
		t.Skip("no system fonts to index") // go-text then writes no index
	}
	home := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWarmFontIndexWritesCache$")
	cmd.Env = append(os.Environ(), fontIndexChild+"=1", "HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, "cache"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// hasSystemFonts reports whether the folders go-text scans hold a file.
func hasSystemFonts() bool {
	dirs, err := fontscan.DefaultFontDirectories(quietFontLog{})
	if err != nil {
		return false
	}
	for _, d := range dirs {
		found := false
		_ = filepath.WalkDir(d, func(_ string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				found = true
				return fs.SkipAll
			}
			return nil
		})
		if found {
			return true
		}
	}
	return false
}
