package app

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	fyneapp "fyne.io/fyne/v2/app"
)

// The settings of the old id move to the new one on the first start, and
// Fyne then reads them: the article last read and the files added stay.
func TestFormerSettingsAdopted(t *testing.T) {
	// Not t.TempDir: Fyne's app keeps writing its settings in the
	// background, and a folder that fills as it is removed fails the test.
	home, err := os.MkdirTemp("", "zhibiao-home")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(home) })
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	root, err := fyneConfigRoot(runtime.GOOS)
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(root, "io.github.zhibiao")
	if err := os.MkdirAll(old, 0o700); err != nil {
		t.Fatal(err)
	}
	prefs := `{"library.files":["/home/李明/温县.txt"],"reader.lastArticle":"温县.txt"}`
	if err := os.WriteFile(filepath.Join(old, "preferences.json"), []byte(prefs), 0o600); err != nil {
		t.Fatal(err)
	}

	migrateStorage(os.Stderr, runtime.GOOS)
	a := fyneapp.NewWithID(appID)
	if got := a.Storage().RootURI().Path(); got != filepath.Join(root, appID) {
		t.Fatalf("Fyne keeps the storage in %s, fyneConfigRoot says %s", got, filepath.Join(root, appID))
	}
	if got := a.Preferences().StringList("library.files"); len(got) != 1 || got[0] != "/home/李明/温县.txt" {
		t.Errorf("library.files after the move: %q", got)
	}
	if got := a.Preferences().String("reader.lastArticle"); got != "温县.txt" {
		t.Errorf("reader.lastArticle after the move: %q", got)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the old folder is still there: %v", err)
	}
}

// Once the new id has settings, an old folder (an older release run
// again) is left alone.
func TestAdoptFormerStorage(t *testing.T) {
	tests := []struct {
		name     string
		existing []string
		wantFrom string // the folder whose file ends up under the new id
	}{
		{"first start after the change", []string{"io.github.zhibiao"}, "io.github.zhibiao"},
		{"already moved", []string{"io.github.zhibiao", appID}, appID},
		{"new user", nil, ""},
	}
	for _, tt := range tests {
		root := t.TempDir()
		for _, d := range tt.existing {
			if err := os.MkdirAll(filepath.Join(root, d), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(root, d, "preferences.json"), []byte(d), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		if err := adoptFormerStorage(root, appID, formerAppIDs()); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		b, err := os.ReadFile(filepath.Join(root, appID, "preferences.json"))
		if tt.wantFrom == "" {
			if err == nil {
				t.Errorf("%s: settings appeared from nowhere", tt.name)
			}
			continue
		}
		if string(b) != tt.wantFrom {
			t.Errorf("%s: settings %q, want those of %s (%v)", tt.name, b, tt.wantFrom, err)
		}
	}
}
