package figure

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// TestDumpFigures writes every field of every figure of the development
// passages and the seeds (embedded and as plain files) to $FIGURE_DUMP, so
// a change meant only for speed can be shown to leave the output as it was
// (diff two dumps). Held-out passages are written as one digest each:
// their output is compared without being read.
func TestDumpFigures(t *testing.T) {
	out := os.Getenv("FIGURE_DUMP")
	if out == "" {
		t.Skip("FIGURE_DUMP names the file to write")
	}
	var b strings.Builder
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		dumpFigures(&b, "seed "+a.ID, Extract(a))
		dumpFigures(&b, "plain "+a.ID, Extract(corpus.Parse(a.ID, a.Raw)))
	}
	txts, err := filepath.Glob("testdata/devset/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(txts)
	for _, p := range txts {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		stem := strings.TrimSuffix(filepath.Base(p), ".txt")
		figs := Extract(corpus.Parse(stem+".txt", raw))
		if heldOutSlices[sliceOf(stem)] {
			var h strings.Builder
			dumpFigures(&h, stem, figs)
			fmt.Fprintf(&b, "== %s %x\n", stem, sha256.Sum256([]byte(h.String())))
			continue
		}
		dumpFigures(&b, stem, figs)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func dumpFigures(b *strings.Builder, head string, figs []Figure) {
	fmt.Fprintf(b, "== %s %d\n", head, len(figs))
	for _, f := range figs {
		fmt.Fprintf(b, "%s|%d|%d|%q|%v|%s|%v|%s|%s|%q|%q|%s|%s|%q|%s|%v|%q|%q|%v\n",
			f.Doc, f.Start, f.End, f.Text, f.Value, f.Unit, f.NormValue, f.NormUnit,
			f.Kind, f.Name, f.Region, yearString(f.Year), f.RankScope, f.RegionCode,
			f.Period, f.Derived, f.DerivedFrom, f.Qualifier, f.Minor)
	}
}
