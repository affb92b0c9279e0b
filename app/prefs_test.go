package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	fyneapp "fyne.io/fyne/v2/app"
)

// TestRepairPrefsMixedList: {"library.files": ["/a.txt", 5]} made every
// start panic in Fyne's preference loader. Repaired, Fyne loads it and
// keeps the good entry; the original is backed up.
func TestRepairPrefsMixedList(t *testing.T) {
	// Not t.TempDir: Fyne may still be writing there when the test ends.
	cfg, err := os.MkdirTemp("", "zhibiao-prefs")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(cfg) })
	t.Setenv("XDG_CONFIG_HOME", cfg)
	const id = "io.github.zhibiao.prefstest"
	path := prefsPath(id)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	bad := `{"library.files": ["/a.txt", 5, "/b.txt"], "text.size": 18, "x": {"y": 1}}`
	if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	note, err := repairPrefs(path)
	if err != nil || !strings.Contains(note, ".bad-") {
		t.Fatalf("note %q, err %v", note, err)
	}
	backups, _ := filepath.Glob(path + ".bad-*")
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	if b, _ := os.ReadFile(backups[0]); string(b) != bad {
		t.Errorf("backup holds %q", b)
	}
	a := fyneapp.NewWithID(id) // panicked before the repair
	if got := a.Preferences().StringList("library.files"); !slices.Equal(got, []string{"/a.txt", "/b.txt"}) {
		t.Errorf("library.files %q", got)
	}
	if got := a.Preferences().Float("text.size"); got != 18 {
		t.Errorf("text.size %v", got)
	}
	if note, err := repairPrefs(path); note != "" || err != nil {
		t.Errorf("second look: %q, %v", note, err)
	}
}

// TestRepairPrefsCorrupt: a file that is not JSON is kept aside, and the
// user is told where, instead of being silently replaced by defaults.
func TestRepairPrefsCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preferences.json")
	if err := os.WriteFile(path, []byte(`{"library.files": ["/a.txt"`), 0o600); err != nil {
		t.Fatal(err)
	}
	note, err := repairPrefs(path)
	if err != nil || !strings.Contains(note, ".bad-") {
		t.Fatalf("note %q, err %v", note, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the corrupt file is still in place: %v", err)
	}
	if backups, _ := filepath.Glob(path + ".bad-*"); len(backups) != 1 {
		t.Errorf("backups %v", backups)
	}
	if note, err := repairPrefs(filepath.Join(t.TempDir(), "none.json")); note != "" || err != nil {
		t.Errorf("no file: %q, %v", note, err)
	}
}
