package compare

import (
	"sort"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
)

// Indicator is one indicator to pick: its names grouped by
// figure.CanonicalName, with how many figures stand behind it.
type Indicator struct {
	Name    string   // as most often written
	Aliases []string // the other names grouped with it
	Names   []string // every name, Name first: what Library.Inputs asks the library for
	Key     string   // figure.CanonicalName of them all
	Figures int
	Kinds   []KindCount // most figures first
}

// Indicators groups name counts (library.Names, or Counts) into
// indicators, those with most figures first. Names that label no measure
// on their own (chart.IsBareName: 企业, 项目, 总投资) are left out: a
// table of 企业 would set 3 firms honoured beside 800 firms visited.
func Indicators(counts []library.NameCount) []Indicator {
	type acc struct {
		names map[string]int
		kinds map[figure.Kind]int
		n     int
	}
	by := map[string]*acc{}
	for _, c := range counts {
		key := figure.CanonicalName(c.Name)
		if key == "" || chart.IsBareName(c.Name) {
			continue
		}
		a := by[key]
		if a == nil {
			a = &acc{names: map[string]int{}, kinds: map[figure.Kind]int{}}
			by[key] = a
		}
		a.names[c.Name] += c.Figures
		a.kinds[c.Kind] += c.Figures
		a.n += c.Figures
	}
	out := make([]Indicator, 0, len(by))
	for key, a := range by {
		names := chart.ByCount(a.names)
		out = append(out, Indicator{Name: names[0], Aliases: names[1:], Names: names, Key: key, Figures: a.n, Kinds: kindCounts(a.kinds)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Figures != out[j].Figures {
			return out[i].Figures > out[j].Figures
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Find returns the indicator any of whose names means name, or false.
func Find(inds []Indicator, name string) (Indicator, bool) {
	key := figure.CanonicalName(name)
	for _, ind := range inds {
		if ind.Key == key {
			return ind, true
		}
	}
	return Indicator{}, false
}
