package compare

import (
	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
)

// signBytes is how much text before a figure chart.Signed reads.
const signBytes = 24

// Inputs reads the figures of articles in memory (the embedded ones, or
// files given on the command line), signing each from its text. Minor
// figures (a meeting's count, a list's length) are left out, as the
// library leaves them out of the indicators it offers.
func Inputs(docs []chart.Doc) []Input {
	var out []Input
	for _, d := range docs {
		raw := d.Article.Raw
		for _, f := range d.Figures {
			if f.Minor {
				continue
			}
			before := ""
			if f.Start >= 0 && f.Start <= len(raw) {
				before = string(raw[max(0, f.Start-signBytes):f.Start])
			}
			out = append(out, Input{Figure: f, Signed: chart.Signed(f, before)})
		}
	}
	return out
}

// fromFound reads figures found in the library.
func fromFound(found []library.Found) []Input {
	out := make([]Input, 0, len(found))
	for _, x := range found {
		if !x.Figure.Minor {
			out = append(out, Input{Figure: x.Figure, Signed: chart.Signed(x.Figure, x.Before)})
		}
	}
	return out
}

// Counts counts the figures of in by name and kind, as the library's Names
// does, for Indicators.
func Counts(in []Input) []library.NameCount {
	type key struct {
		name string
		kind figure.Kind
	}
	idx := map[key]int{}
	var out []library.NameCount
	for _, x := range in {
		f := x.Figure
		if f.Name == "" {
			continue
		}
		k := key{f.Name, f.Kind}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, library.NameCount{Name: f.Name, Kind: f.Kind})
		}
		out[i].Figures++
	}
	return out
}
