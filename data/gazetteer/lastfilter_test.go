package gazetteer

import (
	"testing"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer/internal/names"
)

// TestLastFilterHoldsEveryName: the filter matchAt asks before looking a
// name up never turns away a name the index holds, so Find reads the
// same names with it as without.
func TestLastFilterHoldsEveryName(t *testing.T) {
	g := gaz(t)
	for name := range g.names.byName {
		r1, n1 := utf8.DecodeRuneInString(name)
		r2, _ := utf8.DecodeRuneInString(name[n1:])
		last, _ := utf8.DecodeLastRuneInString(name)
		k := utf8.RuneCountInString(name)
		if r1 >= 1<<16 || k < names.MinRunes || k > 31 {
			continue // not indexed by its head: never read from text
		}
		if !g.names.mayBe(r1, r2, last, k) {
			t.Fatalf("mayBe turns away %q", name)
		}
	}
	if got := g.Find("焦作市马村区规上工业增加值增长7.1%"); len(got) != 2 || got[0].Text != "焦作市" || got[1].Text != "马村区" {
		t.Errorf("Find = %+v", got)
	}
}
