package figure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every passage of the development set comes from a page of its own: the
// same page written into two slices weighed twice in the scores and, when
// one slice was held out, leaked what it held to whoever tuned on the
// other (eight pairs were found and removed on 2026-12-06).
func TestDevsetPassagesUnique(t *testing.T) {
	golds, err := filepath.Glob("testdata/devset/*.gold")
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]string{}
	byOpening := map[string]string{}
	for _, g := range golds {
		stem := strings.TrimSuffix(filepath.Base(g), ".gold")
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if src, ok := strings.CutPrefix(strings.TrimSpace(l), "# source:"); ok {
				src = strings.TrimSpace(src)
				if other, dup := bySource[src]; dup {
					t.Errorf("%s and %s come from the same page %s", other, stem, src)
				}
				bySource[src] = stem
			}
		}
		raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range openings(string(raw)) {
			if other, dup := byOpening[o]; dup && other != stem {
				t.Errorf("%s and %s share the passage %q", other, stem, o)
			}
			byOpening[o] = stem
		}
	}
}

// openings are the first 30 characters of each long line of a passage:
// two copies of one page share them even when cut at different places.
func openings(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) < 60 {
			continue
		}
		r := []rune(l)
		out = append(out, string(r[:30]))
	}
	return out
}
