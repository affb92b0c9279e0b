package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed local.tsv
var localTSV string

//go:embed former.tsv
var formerTSV string

// localShorts reads local.tsv: short form → indexes of the places using it.
// A row whose code does not carry its official name is an error, so a
// regenerated table cannot silently shift a short form to another place.
func (g *Gazetteer) localShorts() (map[string][]int, error) {
	out := map[string][]int{}
	for line := range strings.Lines(localTSV) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("local.tsv: %q: want 3 fields", line)
		}
		i := g.index(f[1])
		if i < 0 || g.places[i].Name != f[2] {
			return nil, fmt.Errorf("local.tsv: %s is not %s", f[1], f[2])
		}
		out[f[0]] = append(out[f[0]], i)
	}
	return out, nil
}

// formerNames reads former.tsv: former name → index of the unit that holds
// it today. A row whose code does not carry the official name it gives is
// an error, as in local.tsv.
func (g *Gazetteer) formerNames() (map[string]int, error) {
	out := map[string]int{}
	for line := range strings.Lines(formerTSV) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("former.tsv: %q: want 4 fields", line)
		}
		i := g.index(f[1])
		if i < 0 || g.places[i].Name != f[2] {
			return nil, fmt.Errorf("former.tsv: %s is not %s", f[1], f[2])
		}
		out[f[0]] = i
	}
	return out, nil
}
