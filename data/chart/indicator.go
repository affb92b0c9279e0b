package chart

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// Doc is an article with its figures, as ForIndicator reads the corpus.
type Doc struct {
	Article *corpus.Article
	Figures []figure.Figure
}

// Indicator is one indicator name found in the corpus.
type Indicator struct {
	Name    string        // as most often written
	Aliases []string      // other ways of writing it, grouped with it
	Kinds   []figure.Kind // the kinds it has, most figures first
	Figures int           // how many figures
	Docs    int           // in how many documents
}

// Indicators lists the indicators of docs that ForIndicator can chart,
// names that mean the same (figure.CanonicalName) grouped: those found in
// most documents first, then those with most figures.
func Indicators(docs []Doc) []Indicator {
	type acc struct {
		names map[string]int
		kinds map[figure.Kind]int
		docs  map[string]bool
		n     int
	}
	by := map[string]*acc{}
	var order []string
	for _, d := range docs {
		for _, f := range d.Figures {
			if strings.TrimSpace(f.Name) == "" || IsBareName(f.Name) {
				continue
			}
			key := figure.CanonicalName(f.Name)
			x := by[key]
			if x == nil {
				x = &acc{names: map[string]int{}, kinds: map[figure.Kind]int{}, docs: map[string]bool{}}
				by[key] = x
				order = append(order, key)
			}
			x.names[f.Name]++
			x.kinds[f.Kind]++
			x.docs[d.Article.ID] = true
			x.n++
		}
	}
	out := make([]Indicator, 0, len(order))
	for _, key := range order {
		x := by[key]
		names := ByCount(x.names)
		kinds := append([]figure.Kind(nil), ByCount(x.kinds)...)
		out = append(out, Indicator{Name: names[0], Aliases: names[1:], Kinds: kinds, Figures: x.n, Docs: len(x.docs)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Docs != out[j].Docs {
			return out[i].Docs > out[j].Docs
		}
		return out[i].Figures > out[j].Figures
	})
	return out
}

// ByCount returns the keys of m, most counted first, ties in key order.
func ByCount[K ~string](m map[K]int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// ForIndicator charts one indicator across docs: one column per document,
// year and region, grouped and coloured by region, years in order, each
// column tagged with its document. Names that mean the same are grouped
// (规上工业增加值 = 规模以上工业增加值). kind "" picks the kind with the
// most figures, growth first on a tie. It returns an error wrapping
// ErrNoFigures when no document has the indicator (of that kind).
func ForIndicator(name string, kind figure.Kind, docs []Doc) (Chart, error) {
	found, arts := indicatorFigures(figure.CanonicalName(name), docs)
	if len(found) == 0 {
		return Chart{}, fmt.Errorf("indicator %q: %w", name, ErrNoFigures)
	}
	if kind == "" {
		kind = commonestKind(found)
	}
	var sel []figure.Figure
	names := map[string]int{}
	for _, f := range found {
		if f.Kind == kind {
			sel = append(sel, f)
			names[f.Name]++
		}
	}
	sel, targets := withoutTargets(sel, func(f figure.Figure) *corpus.Article { return arts[f.Doc] })
	if len(sel) == 0 {
		return Chart{}, fmt.Errorf("indicator %q has no %s figures: %w", name, kind, ErrNoFigures)
	}
	sel, unit, dropped := oneUnit(sel)
	picked, others := onePerCell(sel, arts)

	// The same value for the same place and year from two documents (an
	// article and a copy of it, a report and its review) is one bar,
	// tagged with both.
	picked, tags := mergeSame(picked, arts)

	shown := ByCount(names)
	c := Chart{Kind: VBar, Unit: unit.label}
	c.Title = shown[0] + " " + titleFor(kind, unit)
	c.Subtitle = "单位：" + unit.label + "　按年份、地区；柱下编号为来源文档"
	if len(shown) > 1 {
		c.Subtitle += "；含" + strings.Join(shown[1:], "、")
	}
	var docIDs []string
	c.Bars, docIDs = indicatorBars(picked, tags, arts, unit)
	var sources []string
	for _, id := range docIDs {
		sources = append(sources, shortID(id)+" "+sourceOf(arts[id], true))
	}
	c.Source = strings.Join(sources, "；")
	c.Note = droppedNote(dropped, unit)
	if others > 0 {
		c.Note += fmt.Sprintf("另有%d个数值与同一文档、地区、年份的已画数值不同（可能是不同月份或口径），见指标表。", others)
	}
	c.Note += targetNote(targets) + offScaleNote(c)
	return c, nil
}

// indicatorFigures returns the named figures of docs whose canonical name
// is key, in document order, and the article each document id stands for.
func indicatorFigures(key string, docs []Doc) ([]figure.Figure, map[string]*corpus.Article) {
	var found []figure.Figure
	arts := map[string]*corpus.Article{}
	for _, d := range docs {
		for _, f := range d.Figures {
			if strings.TrimSpace(f.Name) != "" && figure.CanonicalName(f.Name) == key {
				found = append(found, f)
				arts[f.Doc] = d.Article
			}
		}
	}
	return found, arts
}

// commonestKind is the kind with the most figures, in the panel's kind
// order on a tie (growth first).
func commonestKind(figs []figure.Figure) figure.Kind {
	kinds := map[figure.Kind]int{}
	for _, f := range figs {
		kinds[f.Kind]++
	}
	var kind figure.Kind
	best := 0
	for _, k := range kindOrder {
		if kinds[k] > best {
			kind, best = k, kinds[k]
		}
	}
	return kind
}

// onePerCell keeps one figure per document, year and region: the first
// written figure wins over a later mention or a derived one. others counts
// the different values left out for a cell already charted.
func onePerCell(sel []figure.Figure, arts map[string]*corpus.Article) (picked []figure.Figure, others int) {
	type cell struct {
		doc, region string
		year        int
	}
	chosen := map[cell]int{}
	for _, f := range sel {
		a := arts[f.Doc]
		key := cell{f.Doc, regionOf(f, a), yearOf(f, a)}
		if i, ok := chosen[key]; ok {
			if picked[i].NormValue != f.NormValue {
				others++
			}
			if picked[i].Derived && !f.Derived {
				picked[i] = f
			}
			continue
		}
		chosen[key] = len(picked)
		picked = append(picked, f)
	}
	return picked, others
}

// barOrder puts years in order, left to right; within a year, the regions
// with most bars first, then by document.
func barOrder(picked []figure.Figure, arts map[string]*corpus.Article) []int {
	perRegion := map[string]int{}
	for _, f := range picked {
		perRegion[regionOf(f, arts[f.Doc])]++
	}
	order := make([]int, len(picked))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		fi, fj := picked[order[i]], picked[order[j]]
		yi, yj := yearOf(fi, arts[fi.Doc]), yearOf(fj, arts[fj.Doc])
		if yi != yj {
			return yi < yj
		}
		ri, rj := regionOf(fi, arts[fi.Doc]), regionOf(fj, arts[fj.Doc])
		if ri != rj {
			if perRegion[ri] != perRegion[rj] {
				return perRegion[ri] > perRegion[rj]
			}
			return ri < rj
		}
		return fi.Doc < fj.Doc
	})
	return order
}

// indicatorBars draws picked in barOrder, each bar labelled with its year,
// grouped by region and tagged with its documents; it returns the bars and
// the ids of the documents they cite, sorted.
func indicatorBars(picked []figure.Figure, tags [][]string, arts map[string]*corpus.Article, u unit) ([]Bar, []string) {
	var bars []Bar
	var docIDs []string
	seenDoc := map[string]bool{}
	for _, i := range barOrder(picked, arts) {
		f := picked[i]
		a := arts[f.Doc]
		b := bar(f, a, u)
		if y := yearOf(f, a); y != 0 {
			b.Label = strconv.Itoa(y) + "年"
		} else {
			b.Label = "年份不详"
		}
		b.Group = regionOf(f, a)
		var short []string
		for _, d := range tags[i] {
			short = append(short, shortID(d))
			if !seenDoc[d] {
				seenDoc[d] = true
				docIDs = append(docIDs, d)
			}
		}
		b.Tag = strings.Join(short, "、")
		bars = append(bars, b)
	}
	sort.Strings(docIDs)
	return bars, docIDs
}

// mergeSame keeps one of the figures that give the same value for the
// same place, year and period in different documents, the first (the
// embedded articles come first), and lists for each kept figure the
// documents that give it.
func mergeSame(figs []figure.Figure, arts map[string]*corpus.Article) ([]figure.Figure, [][]string) {
	type key struct {
		region, period string
		year           int
		value          float64
	}
	at := map[key]int{}
	var out []figure.Figure
	var docs [][]string
	for _, f := range figs {
		a := arts[f.Doc]
		k := key{regionOf(f, a), f.Period, yearOf(f, a), math.Round(f.NormValue * 1e6)}
		if i, ok := at[k]; ok {
			if !slices.Contains(docs[i], f.Doc) {
				docs[i] = append(docs[i], f.Doc)
			}
			if out[i].Derived && !f.Derived {
				out[i] = f // a value written beats one worked out
			}
			continue
		}
		at[k] = len(out)
		out = append(out, f)
		docs = append(docs, []string{f.Doc})
	}
	return out, docs
}

// shortID is the part of a document id before its first underscore or
// dot (000 for 000_3d56ce9018f8a19f.txt), what a column's tag shows.
func shortID(id string) string {
	if i := strings.IndexAny(id, "_."); i > 0 && i <= 12 {
		return id[:i]
	}
	if r := []rune(id); len(r) > 12 {
		return string(r[:11]) + "…"
	}
	return id
}
