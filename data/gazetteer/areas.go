package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed areas.tsv
var areasTSV string

// namedAreas reads areas.tsv: the name of a zone the table lacks (雄安新区)
// → index of its host. A row whose code does not carry the host's official
// name is an error, as in local.tsv.
func (g *Gazetteer) namedAreas() (map[string]int, error) {
	out := map[string]int{}
	for line := range strings.Lines(areasTSV) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("areas.tsv: %q: want 3 fields", line)
		}
		i := g.index(f[1])
		if i < 0 || g.places[i].Name != f[2] {
			return nil, fmt.Errorf("areas.tsv: %s is not %s", f[1], f[2])
		}
		if g.areaZone(f[0]) == "" {
			return nil, fmt.Errorf("areas.tsv: %s ends in no zone of zones.tsv", f[0])
		}
		out[f[0]] = i
	}
	return out, nil
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
