package gazetteer

import (
	"sort"
	"testing"
)

// TestIndexByPrefix: the search among a code's four digits finds every
// code where the search over all places does, and turns away the same
// codes the table lacks.
func TestIndexByPrefix(t *testing.T) {
	g := gaz(t)
	plain := func(code string) int {
		i := sort.Search(len(g.places), func(i int) bool { return g.places[i].Code >= code })
		if code == "" || i == len(g.places) || g.places[i].Code != code {
			return -1
		}
		return i
	}
	codes := []string{"", "1", "11", "110", "1100", "110000", "110101001", "999999", "0000", "000000", "9999", "99999999",
		"11ab", "1x0000", "110101999", "659004", "820000", "330106", "3301", "33010"}
	for _, p := range g.places {
		codes = append(codes, p.Code, p.Code+"0", p.Code[:len(p.Code)-1])
	}
	for _, c := range codes {
		if got, want := g.index(c), plain(c); got != want {
			t.Fatalf("index(%q) = %d, want %d", c, got, want)
		}
	}
}
