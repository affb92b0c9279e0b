package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed areas.tsv
var areasTSV string

// namedAreas reads areas.tsv: the name of a zone the table lacks (雄安新区)
// → index of its host, checked as local.tsv's rows are.
func (g *Gazetteer) namedAreas() (map[string]int, error) {
	out := map[string]int{}
	err := g.checkedRows("areas.tsv", areasTSV, 3, func(f []string, i int) error {
		if g.areaZone(f[0]) == "" {
			return fmt.Errorf("areas.tsv: %s ends in no zone of zones.tsv", f[0])
		}
		out[f[0]] = i
		return nil
	})
	return out, err
}

// areaZone is the zone ending of zones.tsv that a named area ends with
// (新区 for 雄安新区), longest first, or "".
func (g *Gazetteer) areaZone(name string) string {
	for _, z := range g.zones {
		if strings.HasSuffix(name, z.written) && len(name) > len(z.written) {
			return z.written
		}
	}
	return ""
}
