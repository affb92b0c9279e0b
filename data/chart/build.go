package chart

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// ErrNoFigures is returned (wrapped) when there is nothing to chart.
var ErrNoFigures = errors.New("no figures to chart")

// kindOrder is the order in which the panel offers an article's charts;
// the first kind an article has is its default chart.
var kindOrder = []figure.Kind{figure.Growth, figure.Level, figure.Share, figure.Count,
	figure.Rank, figure.PPChange, figure.Physical, figure.Multiple}

// kindTitle names a kind in a chart title.
var kindTitle = map[figure.Kind]string{
	figure.Growth:   "增速",
	figure.Level:    "总量",
	figure.Share:    "占比与完成率",
	figure.PPChange: "百分点变化",
	figure.Count:    "数量",
	figure.Physical: "实物量",
	figure.Rank:     "排名",
	figure.Multiple: "倍数",
}

// Kinds lists the kinds of figs that can be charted, in the order the
// panel offers them; the first is the default.
func Kinds(figs []figure.Figure) []figure.Kind {
	have := map[figure.Kind]bool{}
	for _, f := range figs {
		have[f.Kind] = true
	}
	var out []figure.Kind
	for _, k := range kindOrder {
		if have[k] {
			out = append(out, k)
		}
	}
	return out
}

// ForArticle charts the figures of article a of one kind ("" for the
// article's first kind, see Kinds): growth rates as sorted bars in %,
// amounts of money as sorted bars in 亿元, ranks as dots, other kinds as
// bars in their most common unit. Every bar refers to its figure's span.
// It returns an error wrapping ErrNoFigures when a has none of the kind.
func ForArticle(a *corpus.Article, figs []figure.Figure, kind figure.Kind) (Chart, error) {
	if kind == "" {
		ks := Kinds(figs)
		if len(ks) == 0 {
			return Chart{}, fmt.Errorf("%s: %w", a.ID, ErrNoFigures)
		}
		kind = ks[0]
	}
	// A bar needs a name to be read; figures the extractor could not name
	// stay in the figures table and are counted in the chart's note.
	var sel []figure.Figure
	unnamed := 0
	for _, f := range figs {
		if f.Kind != kind {
			continue
		}
		if strings.TrimSpace(f.Name) == "" {
			unnamed++
			continue
		}
		sel = append(sel, f)
	}
	if len(sel) == 0 {
		what := ""
		if unnamed > 0 {
			what = "named "
		}
		return Chart{}, fmt.Errorf("%s has no %s%s figures: %w", a.ID, what, kind, ErrNoFigures)
	}
	// Amounts per person or per mu (人均, 亩均) are not comparable with
	// totals: chart the totals, or the per-unit amounts when there are
	// only those.
	perUnit := 0
	if kind == figure.Level {
		var totals, per []figure.Figure
		for _, f := range sel {
			if isPerUnit(f.Name) {
				per = append(per, f)
			} else {
				totals = append(totals, f)
			}
		}
		if len(totals) > 0 && len(per) > 0 {
			sel, perUnit = totals, len(per)
		}
	}
	sel, unit, dropped := oneUnit(sel)
	if unit.norm == "元" && isPerUnit(sel[0].Name) {
		unit = smallMoney(sel)
	}

	year := commonYear(sel, a.Period)
	c := Chart{Kind: HBar, Unit: unit.label, Source: sourceOf(a, false)}
	head := a.Region
	if year != 0 {
		head = strings.TrimSpace(head + " " + strconv.Itoa(year) + "年")
	}
	c.Title = strings.TrimSpace(head + " " + titleFor(kind, unit))
	sub := "单位：" + unit.label
	if unit.converted {
		sub += "，原文各单位已统一折算"
	}

	for _, f := range sel {
		b := bar(f, a, unit)
		b.Label = labelIn(f, a, year)
		c.Bars = append(c.Bars, b)
	}
	if kind == figure.Rank {
		// One indicator ranked in two scopes: say which is which.
		n := map[string]int{}
		for _, b := range c.Bars {
			n[b.Label]++
		}
		for i, f := range sel {
			if n[c.Bars[i].Label] > 1 && f.RankScope != "" {
				c.Bars[i].Label += "（" + f.RankScope + "）"
			}
		}
	}
	dedupe(&c)
	if kind == figure.Rank {
		c.Kind = Dots
		sort.SliceStable(c.Bars, func(i, j int) bool { return c.Bars[i].Value < c.Bars[j].Value })
		sub = "位次，第1为最前；各项排名的范围不同，见数值标注"
	} else {
		sort.SliceStable(c.Bars, func(i, j int) bool { return c.Bars[i].Value > c.Bars[j].Value })
		sub += "　按数值从大到小排列"
	}
	c.Subtitle = sub
	c.Note = droppedNote(dropped, unit)
	if perUnit > 0 {
		c.Note += fmt.Sprintf("另有%d项人均、亩均等金额不与总量同画。", perUnit)
	}
	if unnamed > 0 {
		c.Note += fmt.Sprintf("另有%d项未能确定指标名称，未画出。", unnamed)
	}
	return c, nil
}

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
			if strings.TrimSpace(f.Name) == "" {
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
		names := byCount(x.names)
		var kinds []figure.Kind
		for _, k := range byCount(x.kinds) {
			kinds = append(kinds, k)
		}
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

// byCount returns the keys of m, most counted first, ties in key order.
func byCount[K ~string](m map[K]int) []K {
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
	key := figure.CanonicalName(name)
	type hit struct {
		f   figure.Figure
		doc *corpus.Article
	}
	var hits []hit
	names := map[string]int{}
	kinds := map[figure.Kind]int{}
	for _, d := range docs {
		for _, f := range d.Figures {
			if strings.TrimSpace(f.Name) != "" && figure.CanonicalName(f.Name) == key {
				hits = append(hits, hit{f, d.Article})
				kinds[f.Kind]++
			}
		}
	}
	if len(hits) == 0 {
		return Chart{}, fmt.Errorf("indicator %q: %w", name, ErrNoFigures)
	}
	if kind == "" {
		best := 0
		for _, k := range kindOrder {
			if kinds[k] > best {
				kind, best = k, kinds[k]
			}
		}
	}
	var sel []figure.Figure
	arts := map[string]*corpus.Article{}
	for _, h := range hits {
		if h.f.Kind == kind {
			sel = append(sel, h.f)
			arts[h.f.Doc] = h.doc
			names[h.f.Name]++
		}
	}
	if len(sel) == 0 {
		return Chart{}, fmt.Errorf("indicator %q has no %s figures: %w", name, kind, ErrNoFigures)
	}
	sel, unit, dropped := oneUnit(sel)

	// One bar per document, year and region: the first written figure
	// wins over a later mention or a derived one.
	type cell struct {
		doc, region string
		year        int
	}
	chosen := map[cell]int{}
	var picked []figure.Figure
	others := 0 // other values for a cell already charted
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

	// Regions with most bars first; within a region, by year then document.
	perRegion := map[string]int{}
	for _, f := range picked {
		perRegion[regionOf(f, arts[f.Doc])]++
	}
	sort.SliceStable(picked, func(i, j int) bool {
		fi, fj := picked[i], picked[j]
		ri, rj := regionOf(fi, arts[fi.Doc]), regionOf(fj, arts[fj.Doc])
		if ri != rj {
			if perRegion[ri] != perRegion[rj] {
				return perRegion[ri] > perRegion[rj]
			}
			return ri < rj
		}
		yi, yj := yearOf(fi, arts[fi.Doc]), yearOf(fj, arts[fj.Doc])
		if yi != yj {
			return yi < yj
		}
		return fi.Doc < fj.Doc
	})

	shown := byCount(names)
	c := Chart{Kind: VBar, Unit: unit.label}
	c.Title = shown[0] + " " + titleFor(kind, unit)
	c.Subtitle = "单位：" + unit.label + "　按地区、年份；柱下编号为来源文档"
	if len(shown) > 1 {
		c.Subtitle += "；含" + strings.Join(shown[1:], "、")
	}
	var docIDs []string
	seenDoc := map[string]bool{}
	for _, f := range picked {
		a := arts[f.Doc]
		b := bar(f, a, unit)
		if y := yearOf(f, a); y != 0 {
			b.Label = strconv.Itoa(y) + "年"
		} else {
			b.Label = "年份不详"
		}
		b.Group = regionOf(f, a)
		b.Tag = shortID(f.Doc)
		c.Bars = append(c.Bars, b)
		if !seenDoc[f.Doc] {
			seenDoc[f.Doc] = true
			docIDs = append(docIDs, f.Doc)
		}
	}
	sort.Strings(docIDs)
	var sources []string
	for _, id := range docIDs {
		sources = append(sources, shortID(id)+" "+sourceOf(arts[id], true))
	}
	c.Source = strings.Join(sources, "；")
	c.Note = droppedNote(dropped, unit)
	if others > 0 {
		c.Note += fmt.Sprintf("另有%d个数值与同一文档、地区、年份的已画数值不同（可能是不同月份或口径），见指标表。", others)
	}
	return c, nil
}

// unit is the one unit a chart's values are in.
type unit struct {
	norm      string  // the figures' norm_unit it takes
	label     string  // as printed: %, 亿元, 个百分点…
	div       float64 // norm_value / div is the value shown
	converted bool    // figures written in other units were converted
}

// units for norm units that read better otherwise.
var unitFor = map[string]unit{
	"元":    {norm: "元", label: "亿元", div: 1e8},
	"pp":   {norm: "pp", label: "个百分点", div: 1},
	"rank": {norm: "rank", label: "位", div: 1},
}

// oneUnit keeps the figures in the most common norm unit, and says how
// many it dropped.
func oneUnit(figs []figure.Figure) ([]figure.Figure, unit, int) {
	count := map[string]int{}
	for _, f := range figs {
		count[f.NormUnit]++
	}
	norm := byCount(count)[0]
	u, ok := unitFor[norm]
	if !ok {
		u = unit{norm: norm, label: norm, div: 1}
	}
	var keep []figure.Figure
	written := map[string]bool{}
	for _, f := range figs {
		if f.NormUnit == norm {
			keep = append(keep, f)
			written[strings.Join(strings.Fields(f.Unit), "")] = true
		}
	}
	u.converted = len(written) > 1 || (u.div != 1 && !written[u.label])
	return keep, u, len(figs) - len(keep)
}

// isPerUnit reports an amount per person, per mu, per household…
func isPerUnit(name string) bool {
	for _, w := range []string{"人均", "亩均", "户均", "平均", "单位"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// smallMoney is the unit for per-unit amounts: 万元 from ten thousand
// yuan up, else 元.
func smallMoney(figs []figure.Figure) unit {
	top := 0.0
	for _, f := range figs {
		top = math.Max(top, math.Abs(f.NormValue))
	}
	u := unit{norm: "元", label: "元", div: 1}
	if top >= 1e4 {
		u.label, u.div = "万元", 1e4
	}
	for _, f := range figs {
		if compact(f.Unit) != u.label {
			u.converted = true
		}
	}
	return u
}

func titleFor(kind figure.Kind, u unit) string {
	if kind == figure.Level && u.norm == "元" {
		if u.label != "亿元" {
			return "人均、亩均金额"
		}
		return "金额"
	}
	return kindTitle[kind]
}

func droppedNote(n int, u unit) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("另有%d项单位不是%s，未画出。", n, u.label)
}

// declines are the verbs that make the rate after them a fall.
var declines = []string{"下降", "减少", "降低", "回落", "下滑", "下跌", "减"}

// signed is f's value with the sign the text gives it: 下降3.2% is −3.2
// whether or not the extractor signed it.
func signed(f figure.Figure, a *corpus.Article) float64 {
	v := f.NormValue
	if f.Kind != figure.Growth || v <= 0 || a == nil || f.Start > len(a.Raw) {
		return v
	}
	before := a.Raw[max(0, f.Start-24):f.Start]
	s := strings.TrimSuffix(compact(strings.ToValidUTF8(string(before), "")), "了")
	for _, d := range declines {
		if strings.HasSuffix(s, d) {
			return -v
		}
	}
	return v
}

// bar makes the bar of figure f (of article a) in unit u, its value
// printed with the decimals and the qualifier (约, 超…) the text wrote.
func bar(f figure.Figure, a *corpus.Article, u unit) Bar {
	v := signed(f, a) / u.div
	label := formatNumber(v)
	// Keep the decimals the text wrote (5.0%), when it wrote this unit; a
	// derived figure's Text is its sentence, not its number.
	if !f.Derived && compact(f.Unit) == u.label {
		if d, ok := decimalsIn(f.Text); ok {
			label = strconv.FormatFloat(v, 'f', d, 64)
		}
	}
	if u.norm == "rank" {
		label = f.RankScope + compact(f.Text)
	} else {
		label = f.Qualifier + label + u.label
	}
	return Bar{Value: v, ValueLabel: label, Derived: f.Derived, Ref: Ref{Doc: f.Doc, Start: f.Start, End: f.End}}
}

// decimalsIn counts the decimals of the first number written in Arabic
// digits in s (5.0% has 1), false when it has none.
func decimalsIn(s string) (int, bool) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		}
		return r
	}, compact(s))
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return 0, false
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		k := j + 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		return k - j - 1, true
	}
	return 0, true
}

func compact(s string) string { return strings.Join(strings.Fields(s), "") }

// labelIn is a figure's label in its article's chart: its name, with its
// region when it is not the article's and its year when it is not the
// chart's.
func labelIn(f figure.Figure, a *corpus.Article, year int) string {
	l := strings.TrimSpace(f.Name)
	if r := f.Region; r != "" && r != a.Region {
		l = r + l
	}
	if y := yearOf(f, a); y != 0 && y != year {
		l += " " + strconv.Itoa(y) + "年"
	}
	return l
}

// dedupe drops bars that repeat another's label and value (a figure said
// twice) and numbers the labels that still collide.
func dedupe(c *Chart) {
	type key struct {
		label string
		value float64
	}
	seen := map[key]bool{}
	n := map[string]int{}
	out := c.Bars[:0]
	for _, b := range c.Bars {
		k := key{b.Label, math.Round(b.Value * 1e6)}
		if seen[k] {
			continue
		}
		seen[k] = true
		n[b.Label]++
		out = append(out, b)
	}
	c.Bars = out
	idx := map[string]int{}
	for i, b := range c.Bars {
		if n[b.Label] > 1 {
			idx[b.Label]++
			c.Bars[i].Label = fmt.Sprintf("%s（%d）", b.Label, idx[b.Label])
		}
	}
}

// commonYear is the year most of figs describe, or 0.
func commonYear(figs []figure.Figure, period int) int {
	count := map[int]int{}
	for _, f := range figs {
		if f.Year != nil {
			count[*f.Year]++
		} else if period != 0 {
			count[period]++
		}
	}
	best, bestN := 0, 0
	for y, n := range count {
		if n > bestN || n == bestN && y > best {
			best, bestN = y, n
		}
	}
	if bestN*2 < len(figs) {
		return 0
	}
	return best
}

func yearOf(f figure.Figure, a *corpus.Article) int {
	if f.Year != nil {
		return *f.Year
	}
	if a != nil {
		return a.Period
	}
	return 0
}

func regionOf(f figure.Figure, a *corpus.Article) string {
	if f.Region != "" {
		return f.Region
	}
	if a != nil {
		return a.Region
	}
	return ""
}

// sourceOf says where an article comes from: paper, date, title and id
// (the id only when long is false — a chart across documents names each
// by its short id already).
func sourceOf(a *corpus.Article, short bool) string {
	if a == nil {
		return ""
	}
	var parts []string
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if d := a.Date.String(); d != "" {
		parts = append(parts, d)
	}
	s := strings.Join(parts, " ")
	if a.Title != "" {
		s += "《" + a.Title + "》"
	}
	if !short || s == "" {
		s += "（" + a.ID + "）"
	}
	return strings.TrimSpace(s)
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
