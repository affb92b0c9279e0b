package figure

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// TestNameProbeDump prints every figure of the plain reports in
// NAMEPROBE_DIR so a person can judge their names; it checks nothing.
func TestNameProbeDump(t *testing.T) {
	dir := os.Getenv("NAMEPROBE_DIR")
	if dir == "" {
		t.Skip("NAMEPROBE_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s\n", filepath.Base(f))
		for _, g := range Extract(corpus.Parse(filepath.Base(f), raw)) {
			if g.Derived {
				continue
			}
			y := 0
			if g.Year != nil {
				y = *g.Year
			}
			fmt.Printf("%s | %s | %s | %s | %d\n", g.Text, g.Kind, g.Name, g.Region, y)
		}
	}
}
