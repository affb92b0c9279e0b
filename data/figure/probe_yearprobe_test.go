package figure

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// TestProbeFiles prints every figure of the plain files in $PROBE_DIR, for
// reading fresh reports by eye; it skips without the variable.
func TestProbeFiles(t *testing.T) {
	dir := os.Getenv("PROBE_DIR")
	if dir == "" {
		t.Skip("PROBE_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, os.Getenv("PROBE_GLOB")))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := corpus.Parse(filepath.Base(f), raw)
		fmt.Printf("=== %s\n", filepath.Base(f))
		for _, g := range Extract(a) {
			y := "null"
			if g.Year != nil {
				y = fmt.Sprint(*g.Year)
			}
			fmt.Printf("%s | %s | %s | %s | %s\n", g.Text, g.Name, g.Region, y, g.Period)
		}
	}
}
