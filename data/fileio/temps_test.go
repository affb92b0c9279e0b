package fileio

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCleanTemps: the temporary file of an export killed mid-write is
// removed on the next start; others' files and fresh temporaries stay.
func TestCleanTemps(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := map[string]bool{ // name: removed
		".zhibiao-图表.png.123.tmp":  true,
		".zhibiao-fresh.csv.9.tmp": false,
		".other.csv.1.tmp":         false,
		"图表.png":                   false,
	}
	for name := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if name != ".zhibiao-fresh.csv.9.tmp" {
			os.Chtimes(p, old, old)
		}
	}
	if n := CleanTemps(dir, 10*time.Minute); n != 1 {
		t.Errorf("removed %d, want 1", n)
	}
	for name, removed := range files {
		if _, err := os.Stat(filepath.Join(dir, name)); (err != nil) != removed {
			t.Errorf("%s: removed %v, want %v", name, err != nil, removed)
		}
	}
}
