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

// checkedRows calls row for each row of a table of names given to coded
// places (local.tsv, former.tsv, areas.tsv): its fields, and the index of
// the place whose code is in its second field. A row whose code does not
// carry the official name of its third field is an error, so a regenerated
// table cannot silently shift a name to another place.
func (g *Gazetteer) checkedRows(file, tsv string, fields int, row func(f []string, i int) error) error {
	for line := range strings.Lines(tsv) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("%s: %q: want %d fields", file, line, fields)
		}
		i := g.index(f[1])
		if i < 0 || g.places[i].Name != f[2] {
			return fmt.Errorf("%s: %s is not %s", file, f[1], f[2])
		}
		if err := row(f, i); err != nil {
			return err
		}
	}
	return nil
}

// localShorts reads local.tsv: short form → indexes of the places using it.
func (g *Gazetteer) localShorts() (map[string][]int, error) {
	out := map[string][]int{}
	err := g.checkedRows("local.tsv", localTSV, 3, func(f []string, i int) error {
		out[f[0]] = append(out[f[0]], i)
		return nil
	})
	return out, err
}

// formerNames reads former.tsv: former name → index of the unit that holds
// it today.
func (g *Gazetteer) formerNames() (map[string]int, error) {
	out := map[string]int{}
	err := g.checkedRows("former.tsv", formerTSV, 4, func(f []string, i int) error {
		out[f[0]] = i
		return nil
	})
	return out, err
}
