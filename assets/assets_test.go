package assets

import (
	"io/fs"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"github.com/zhibiao/zhibiao/seeds"
)

// Every character of every shipped article has a glyph in the embedded
// font: no empty boxes, in the window or in a chart.
func TestFontCoversSeeds(t *testing.T) {
	f, err := sfnt.Parse(Font)
	if err != nil {
		t.Fatalf("parse font: %v", err)
	}
	var buf sfnt.Buffer
	names, _ := fs.Glob(seeds.FS, "*.txt")
	if len(names) != 5 {
		t.Fatalf("found %d seeds, want 5", len(names))
	}
	checked := map[rune]bool{}
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range string(b) {
			if checked[r] || unicode.IsControl(r) || r == '\ufeff' {
				continue
			}
			checked[r] = true
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("%s: no glyph for %q (U+%04X)", n, r, r)
			}
		}
	}
	if len(checked) < 1000 {
		t.Errorf("checked only %d distinct characters; the seeds have more", len(checked))
	}
}

func TestLicenceShipped(t *testing.T) {
	if len(FontLicense) < 5000 || len(FontNotice) < 200 {
		t.Error("font licence or notice missing")
	}
}
