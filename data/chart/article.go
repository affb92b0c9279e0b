package chart

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

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

// Kinds lists the kinds of figs that can be charted (those with a named
// figure), in the order the panel offers them; the first is the default.
func Kinds(figs []figure.Figure) []figure.Kind {
	have := map[figure.Kind]bool{}
	for _, f := range figs {
		if strings.TrimSpace(f.Name) != "" {
			have[f.Kind] = true
		}
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
	sel, targets := withoutTargets(sel, func(figure.Figure) *corpus.Article { return a })
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

	year := commonYear(sel, a.Year)
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

	hints := make([]string, len(sel))
	for i, f := range sel {
		b := bar(f, a, unit)
		b.Label = labelIn(f, a, year)
		c.Bars = append(c.Bars, b)
		hints[i] = hint(f, a)
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
	dedupe(&c, hints)
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
	c.Note += targetNote(targets) + offScaleNote(c)
	return c, nil
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
// twice) and tells apart the labels that still collide: by the words
// before each figure (新签约项目 and 开工项目 for two 项目), else by number.
func dedupe(c *Chart, hints []string) {
	type key struct {
		label string
		value float64
	}
	seen := map[key]bool{}
	n := map[string]int{}
	out := c.Bars[:0]
	var keptHints []string
	for i, b := range c.Bars {
		k := key{b.Label, math.Round(b.Value * 1e6)}
		if seen[k] {
			continue
		}
		seen[k] = true
		n[b.Label]++
		out = append(out, b)
		keptHints = append(keptHints, hints[i])
	}
	c.Bars = out
	// A label's colliding bars are told apart by their hints when those
	// differ and none is empty.
	byHint := map[string]bool{}
	hintsOf := map[string]map[string]bool{}
	for i, b := range c.Bars {
		if n[b.Label] > 1 {
			if hintsOf[b.Label] == nil {
				hintsOf[b.Label] = map[string]bool{}
			}
			hintsOf[b.Label][keptHints[i]] = true
		}
	}
	for l, hs := range hintsOf {
		byHint[l] = len(hs) == n[l] && !hs[""]
	}
	idx := map[string]int{}
	for i, b := range c.Bars {
		switch {
		case n[b.Label] <= 1:
		case byHint[b.Label]:
			c.Bars[i].Label = fmt.Sprintf("%s（%s）", b.Label, keptHints[i])
		default:
			idx[b.Label]++
			c.Bars[i].Label = fmt.Sprintf("%s（%d）", b.Label, idx[b.Label])
		}
	}
}

// targetNote says how many goals and forecasts were left out.
func targetNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("另有%d项为目标或预期值，不作为实际值画出。", n)
}

// commonYear is the year all of figs describe, or 0.
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
	// The title names a year only when every bar is of it; otherwise
	// each bar's label says its year.
	if bestN < len(figs) {
		return 0
	}
	return best
}
