package library

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
)

// Figures found in an article loaded before the user edited it say the
// old region and year: they are not kept, and the article stays stale
// until figures of the edited article are put. (The window's background
// extraction and the properties dialog raced this way.)
func TestPutFiguresOfAnOlderLoad(t *testing.T) {
	src := t.TempDir()
	p := writeFile(t, filepath.Join(src, "叶县.txt"), reportA)
	l := openTest(t, t.TempDir())
	importAll(t, l, p)
	region := "叶县"
	if err := l.SetEdits("叶县.txt", Edits{Region: &region}); err != nil {
		t.Fatal(err)
	}
	before, err := l.Load("叶县.txt") // the extraction under way reads this
	if err != nil {
		t.Fatal(err)
	}
	if err := l.SetEdits("叶县.txt", Edits{}); err != nil { // use what the text says
		t.Fatal(err)
	}
	if err := l.PutFigures(before, figure.Version, figure.Extract(before)); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := l.Figures("叶县.txt"); ok {
		t.Error("figures of the undone edit were kept")
	}
	if ids, _ := l.Stale(figure.Version); len(ids) != 1 {
		t.Errorf("the article is not stale: %v", ids)
	}

	now, _ := l.Load("叶县.txt")
	if err := l.PutFigures(now, figure.Version, figure.Extract(now)); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := l.Figures("叶县.txt"); !ok {
		t.Error("figures of the article as it is are not kept")
	}

	// A changed file re-imported over it: figures of the old text go too.
	older, _ := l.Load("叶县.txt")
	writeFile(t, p, strings.Replace(reportA, "312.5亿元", "318.0亿元", 1))
	importAll(t, l, p)
	if err := l.PutFigures(older, figure.Version, figure.Extract(older)); err != nil {
		t.Fatal(err)
	}
	figs, _, _, _ := l.Figures("叶县.txt")
	for _, f := range figs {
		if f.Value == 312.5 {
			t.Error("figures of the old text were kept over the new one")
		}
	}
}
