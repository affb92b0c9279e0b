package chart

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// ErrNoFigures is returned (wrapped) when there is nothing to chart.
var ErrNoFigures = errors.New("no figures to chart")

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
	norm := ByCount(count)[0]
	u, ok := unitFor[norm]
	if !ok {
		u = unit{norm: norm, label: norm, div: 1}
	}
	var keep []figure.Figure
	written := map[string]bool{}
	top := 0.0
	for _, f := range figs {
		if f.NormUnit == norm {
			keep = append(keep, f)
			written[strings.Join(strings.Fields(f.Unit), "")] = true
			top = max(top, math.Abs(f.NormValue))
		}
	}
	u = scaled(u, top)
	u.converted = len(written) > 1 || (u.div != 1 && !written[u.label])
	return keep, u, len(figs) - len(keep)
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
	if a == nil || f.Start > len(a.Raw) || f.Start < 0 {
		return f.NormValue
	}
	return Signed(f, string(a.Raw[max(0, f.Start-24):f.Start]))
}

// Signed is f's norm value with the sign the text before it gives it (up
// to 24 bytes, as much as a verb needs): 下降3.2% is −3.2 whether or not
// the extractor signed it.
func Signed(f figure.Figure, before string) float64 {
	v := f.NormValue
	if f.Kind != figure.Growth || v <= 0 {
		return v
	}
	s := strings.TrimSuffix(compact(strings.ToValidUTF8(before, "")), "了")
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
	return Bar{Value: v, ValueLabel: valueLabel(f, v, u), Derived: f.Derived, Ref: Ref{Doc: f.Doc, Start: f.Start, End: f.End}}
}

// valueLabel prints value v of figure f in unit u with the decimals and
// the qualifier the text wrote; a rank as the text wrote it.
func valueLabel(f figure.Figure, v float64, u unit) string {
	if u.norm == "rank" {
		return f.RankScope + compact(f.Text)
	}
	label := formatNumber(v)
	// Keep the decimals the text wrote (5.0%), when it wrote this unit; a
	// derived figure's Text is its sentence, not its number.
	if !f.Derived && compact(f.Unit) == u.label {
		if d, ok := decimalsIn(f.Text); ok {
			label = strconv.FormatFloat(v, 'f', d, 64)
		}
	}
	return quantity.Qualified(label+u.label, f.Qualifier)
}

// UnitOf is how charts show values of a norm unit: in unit label, the
// norm value divided by div (元 in 亿元, pp in 个百分点).
func UnitOf(norm string) (label string, div float64) {
	if u, ok := unitFor[norm]; ok {
		return u.label, u.div
	}
	return norm, 1
}

// ValueLabel prints value v (f's, signed, in the unit UnitOf gives for
// f.NormUnit) as a chart does: 5.0%, 约3.8亿元, 全市第二.
func ValueLabel(f figure.Figure, v float64) string {
	label, div := UnitOf(f.NormUnit)
	return valueLabel(f, v, unit{norm: f.NormUnit, label: label, div: div})
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

func yearOf(f figure.Figure, a *corpus.Article) int {
	if f.Year != nil {
		return *f.Year
	}
	if a != nil {
		return a.Year
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
