// Package compare sets one indicator side by side across places and years:
// a table of place × year (or period) whose cells hold the values the
// reports give, with their sources, and the line and ranked-bar charts
// drawn from it. Figures come from the embedded articles (Inputs) or the
// library (Source); names that mean the same (figure.CanonicalName) are
// one indicator, and one table never mixes kinds or units.
package compare

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// ErrNoFigures is returned (wrapped) when no figure answers a query.
var ErrNoFigures = errors.New("no figures of this indicator")

// Input is one figure as compare reads it.
type Input struct {
	Figure figure.Figure // Doc is the document id
	// Signed is Figure.NormValue with the sign its text gives it: 下降3.2%
	// is −3.2 (chart.Signed).
	Signed float64
}

// Place is a row of the table: a division of the gazetteer, or a place
// the figures name without a code.
type Place struct {
	Code string // GB/T 2260; "" when unknown
	Name string
}

// Query is what to compare.
type Query struct {
	Indicator string      // any of its names: 规模以上工业增加值 finds 规上工业增加值
	Kind      figure.Kind // "" picks the kind with most figures, growth first on a tie
	// Places are the rows, in order, matched by code. Nil means every
	// place that has a figure, by code.
	Places []Place
	// Scope is the place Places are the divisions of (焦作市 for its
	// counties), when they are all of them: a ranked chart then says 居
	// 全市第N. Zero when Places are not one place's divisions.
	Scope    Place
	From, To int // the years, inclusive; 0 leaves that end open
	// Unit is the norm unit (figure.Figure.NormUnit) of the values to
	// set side by side; "" picks the one most figures are in. Values in
	// other units never share the table: 3家 and 3个, or 亿元 and 美元,
	// are not one axis (see Table.Units).
	Unit string
}

// Column is a year, or a part of one.
type Column struct {
	Year   int
	Period string // Q1, H1, Q1-Q3, M1-M2, M3E; "" for the whole year
}

// Label is the column's heading as a report writes it: 2024年,
// 2024年一季度, 2024年1-10月, 2024年11月末.
func (c Column) Label() string {
	return fmt.Sprintf("%d年%s", c.Year, corpus.PeriodName(c.Period))
}

// Source is where a value is written: bytes Start to End of document Doc
// (for a derived figure, the sentence it is worked out from).
type Source struct {
	Doc         string `json:"doc"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Derived     bool   `json:"derived"`
	DerivedFrom string `json:"derived_from,omitempty"`
}

// Value is one value of a cell, with every report that gives it.
type Value struct {
	Value  float64       // in Table.Unit, signed
	Label  string        // as shown: 5.0%, 约3.8亿元
	Figure figure.Figure // the figure shown: a written one before a derived one
	// Sources are the documents that give this value, the shown figure's
	// first; one span per document.
	Sources []Source
}

// Derived reports whether no report writes the value: every source works
// it out.
func (v Value) Derived() bool { return v.Figure.Derived }

// Cell is a place's values in a column: none, one, or several when the
// reports disagree (a preliminary and a final figure, a bulletin and a work
// report), in the order the reports were read.
type Cell struct {
	Values []Value
}

// Conflict reports whether the reports give the cell different values.
func (c Cell) Conflict() bool { return len(c.Values) > 1 }

// KindCount is how many figures of the indicator are of a kind.
type KindCount struct {
	Kind    figure.Kind
	Figures int
}

// Table is an indicator's values by place and column.
type Table struct {
	Indicator string   // as most often written
	Aliases   []string // other names of it among the figures
	Kind      figure.Kind
	Kinds     []KindCount // the kinds the indicator has, most figures first
	Unit      string      // the unit of every value: %, 亿元, 个百分点
	NormUnit  string
	div       float64 // norm units in one Unit: 1e8 for 亿元
	Places    []Place
	Columns   []Column
	Cells     [][]Cell // Cells[place][column]
	// Units are the units the indicator's figures of the kind are in,
	// most figures first: each is a table of its own (Query.Unit).
	Units []UnitCount
	// Dropped counts the figures of the indicator and kind left out for
	// being in another unit; Undated those with no year.
	Dropped, Undated int
	// Scope is Query.Scope when Places were given.
	Scope Place
}

// Build makes the table of q from the figures in.
func Build(in []Input, q Query) (Table, error) {
	key := figure.CanonicalName(q.Indicator)
	var hits []Input
	kinds := map[figure.Kind]int{}
	for _, x := range in {
		if strings.TrimSpace(x.Figure.Name) != "" && figure.CanonicalName(x.Figure.Name) == key {
			hits = append(hits, x)
			kinds[x.Figure.Kind]++
		}
	}
	if len(hits) == 0 {
		return Table{}, fmt.Errorf("indicator %q: %w", q.Indicator, ErrNoFigures)
	}
	t := Table{Kind: q.Kind, Kinds: kindCounts(kinds)}
	if t.Kind == "" {
		t.Kind = t.Kinds[0].Kind
	}
	sel, names := t.selectFigures(hits, q)
	if len(names) == 0 {
		return t, fmt.Errorf("indicator %q has no %s figures: %w", q.Indicator, t.Kind, ErrNoFigures)
	}
	shown := chart.ByCount(names)
	t.Indicator, t.Aliases = shown[0], shown[1:]
	sel = t.oneUnit(sel, q.Unit)
	if q.Places != nil {
		t.Scope = q.Scope
	}
	t.fill(sel, q.Places)
	return t, nil
}

// kindOrder breaks ties between kinds with as many figures: the order the
// panel offers them.
var kindOrder = []figure.Kind{figure.Growth, figure.Level, figure.Share, figure.Count,
	figure.Rank, figure.PPChange, figure.Physical, figure.Multiple}

func kindCounts(m map[figure.Kind]int) []KindCount {
	var out []KindCount
	for _, k := range kindOrder {
		if m[k] > 0 {
			out = append(out, KindCount{k, m[k]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Figures > out[j].Figures })
	return out
}

// selectFigures keeps the hits of the table's kind, places and years, and
// counts the names they are written with.
func (t *Table) selectFigures(hits []Input, q Query) ([]Input, map[string]int) {
	codes := map[string]bool{}
	for _, p := range q.Places {
		codes[p.Code] = true
	}
	names := map[string]int{}
	var sel []Input
	for _, x := range hits {
		f := x.Figure
		if f.Kind != t.Kind {
			continue
		}
		names[f.Name]++
		if q.Places != nil && (f.RegionCode == "" || !codes[f.RegionCode]) {
			continue
		}
		if q.Places == nil && f.RegionCode == "" && f.Region == "" {
			continue
		}
		if f.Year == nil {
			t.Undated++
			continue
		}
		if (q.From != 0 && *f.Year < q.From) || (q.To != 0 && *f.Year > q.To) {
			continue
		}
		sel = append(sel, x)
	}
	return sel, names
}

// UnitCount is how many figures of the indicator and kind are in a unit.
type UnitCount struct {
	NormUnit string // as figure.Figure.NormUnit: what Query.Unit asks for
	Unit     string // as the table shows it: 亿元 for 元
	Figures  int
}

// oneUnit keeps the figures in norm unit want, or in the most common
// one when want is "" or none is in it.
func (t *Table) oneUnit(sel []Input, want string) []Input {
	count := map[string]int{}
	top := map[string]float64{}
	for _, x := range sel {
		count[x.Figure.NormUnit]++
		top[x.Figure.NormUnit] = max(top[x.Figure.NormUnit], math.Abs(x.Figure.NormValue))
	}
	if len(count) == 0 {
		t.Unit, _ = chart.UnitOf("")
		return nil
	}
	for _, u := range chart.ByCount(count) {
		label, _ := chart.UnitIn(u, t.Indicator, top[u])
		t.Units = append(t.Units, UnitCount{NormUnit: u, Unit: label, Figures: count[u]})
	}
	t.NormUnit = t.Units[0].NormUnit
	if count[want] > 0 {
		t.NormUnit = want
	}
	t.Unit, t.div = chart.UnitIn(t.NormUnit, t.Indicator, top[t.NormUnit])
	var keep []Input
	for _, x := range sel {
		if x.Figure.NormUnit == t.NormUnit {
			keep = append(keep, x)
		}
	}
	t.Dropped = len(sel) - len(keep)
	return keep
}

// fill lays the figures out in rows and columns.
func (t *Table) fill(sel []Input, places []Place) {
	t.Places = places
	if places == nil {
		t.Places = placesOf(sel)
	}
	row := map[string]int{}
	for i, p := range t.Places {
		row[placeKey(p.Code, p.Name)] = i
	}
	t.Columns = columnsOf(sel)
	col := map[Column]int{}
	for i, c := range t.Columns {
		col[c] = i
	}
	t.Cells = make([][]Cell, len(t.Places))
	for i := range t.Cells {
		t.Cells[i] = make([]Cell, len(t.Columns))
	}
	for _, x := range sel {
		f := x.Figure
		r, ok := row[placeKey(f.RegionCode, f.Region)]
		if !ok {
			continue
		}
		c := &t.Cells[r][col[Column{*f.Year, f.Period}]]
		c.add(f, x.Signed/t.div, t.Unit, t.div)
	}
}

// add puts a figure's value v (in unit, div norm units) in the cell: a
// source more of a value it has, or a new value.
func (c *Cell) add(f figure.Figure, v float64, unit string, div float64) {
	src := Source{Doc: f.Doc, Start: f.Start, End: f.End, Derived: f.Derived, DerivedFrom: f.DerivedFrom}
	for i := range c.Values {
		x := &c.Values[i]
		if !same(x.Value, v) {
			continue
		}
		if x.Figure.Derived && !f.Derived {
			// The written figure is shown, its source first.
			x.Figure, x.Label = f, chart.ValueLabelIn(f, v, unit, div)
			x.Sources = append([]Source{src}, dropDoc(x.Sources, f.Doc)...)
			return
		}
		for _, s := range x.Sources {
			if s.Doc == f.Doc {
				return
			}
		}
		x.Sources = append(x.Sources, src)
		return
	}
	c.Values = append(c.Values, Value{Value: v, Label: chart.ValueLabelIn(f, v, unit, div), Figure: f, Sources: []Source{src}})
}

func dropDoc(srcs []Source, doc string) []Source {
	var out []Source
	for _, s := range srcs {
		if s.Doc != doc {
			out = append(out, s)
		}
	}
	return out
}

// same reports whether two values are one, up to the noise of floating
// point arithmetic (a derived 5.0 − 1.2).
func same(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func placeKey(code, name string) string {
	if code != "" {
		return code
	}
	return "?" + name
}

// placesOf lists the places of the figures, by code, places without one
// last by name; each named as its first figure names it.
func placesOf(sel []Input) []Place {
	seen := map[string]bool{}
	var out []Place
	for _, x := range sel {
		f := x.Figure
		k := placeKey(f.RegionCode, f.Region)
		if !seen[k] {
			seen[k] = true
			out = append(out, Place{Code: f.RegionCode, Name: f.Region})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Code == "") != (b.Code == "") {
			return a.Code != ""
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Name < b.Name
	})
	return out
}
