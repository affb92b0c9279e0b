package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
)

// MaxLines is the most places a line chart draws; past it lines cannot be
// told apart, and Chart ranks the places in one column instead.
const MaxLines = 12

// kindTitle names a kind in a chart title.
var kindTitle = map[figure.Kind]string{
	figure.Growth: "增速", figure.Level: "总量", figure.Share: "占比与完成率", figure.PPChange: "百分点变化",
	figure.Count: "数量", figure.Physical: "实物量", figure.Rank: "排名", figure.Multiple: "倍数",
}

// Chart is the chart the table reads best as: a line per place over the
// columns, when at most MaxLines places have values and there is more than
// one column; else the places ranked in the column with most values.
func (t Table) Chart() chart.Chart {
	n := 0
	for i := range t.Places {
		if t.hasValues(i) {
			n++
		}
	}
	if n <= MaxLines && len(t.lineColumns()) > 1 {
		return t.Lines()
	}
	return t.Ranked(t.BestColumn())
}

func (t Table) hasValues(place int) bool {
	for _, c := range t.Cells[place] {
		if len(c.Values) > 0 {
			return true
		}
	}
	return false
}

// BestColumn is the column with values for most places, the latest of
// those; -1 when the table is empty.
func (t Table) BestColumn() int {
	best, most := -1, 0
	for j := range t.Columns {
		n := 0
		for i := range t.Places {
			if len(t.Cells[i][j].Values) > 0 {
				n++
			}
		}
		if n > 0 && n >= most {
			best, most = j, n
		}
	}
	return best
}

// Lines charts a line per place over the whole years, or over the parts
// of years when the table has no whole year (a year's growth and a
// quarter's are not one series); a cell whose reports disagree shows its
// first value, and the note says so.
func (t Table) Lines() chart.Chart {
	c := t.base()
	c.Kind = chart.Lines
	c.Subtitle = "单位：" + t.Unit + "　每个地区一条线；空心点为推算值"
	cols := t.lineColumns()
	for _, j := range cols {
		c.Categories = append(c.Categories, t.Columns[j].Label())
	}
	for i, p := range t.Places {
		for _, j := range cols {
			if vs := t.Cells[i][j].Values; len(vs) > 0 {
				c.Bars = append(c.Bars, t.bar(p, vs[0], t.Columns[j].Label()))
			}
		}
	}
	t.notes(&c, -1)
	if len(cols) < len(t.Columns) {
		c.Note += "季度、月度数值未画出，见表。"
	}
	return c
}

// lineColumns are the columns a line chart draws: the whole years, or
// every column when there is none.
func (t Table) lineColumns() []int {
	var whole, all []int
	for j, col := range t.Columns {
		all = append(all, j)
		if col.Period == "" {
			whole = append(whole, j)
		}
	}
	if len(whole) > 0 {
		return whole
	}
	return all
}

// Ranked charts the places in one column from the largest value down
// (ranks from 第1 down), each labelled with its place in the order: 居第N
// made visible.
func (t Table) Ranked(col int) chart.Chart {
	c := t.base()
	c.Kind = chart.HBar
	if t.NormUnit == "rank" {
		c.Kind = chart.Dots
	}
	if col < 0 || col >= len(t.Columns) {
		return c
	}
	label := t.Columns[col].Label()
	c.Title += " " + label
	c.Subtitle = "单位：" + t.Unit + "　" + label + "，按数值从大到小排列"
	if c.Kind == chart.Dots {
		c.Subtitle = label + "，按名次排列"
	}
	for i, p := range t.Places {
		if vs := t.Cells[i][col].Values; len(vs) > 0 {
			c.Bars = append(c.Bars, t.bar(p, vs[0], p.Name))
		}
	}
	sort.SliceStable(c.Bars, func(i, j int) bool {
		if c.Kind == chart.Dots {
			return c.Bars[i].Value < c.Bars[j].Value
		}
		return c.Bars[i].Value > c.Bars[j].Value
	})
	rank := 0
	for i := range c.Bars {
		if i == 0 || !same(c.Bars[i].Value, c.Bars[i-1].Value) {
			rank = i + 1 // places with one value share its rank: 第1, 第1, 第3
		}
		c.Bars[i].Tag = fmt.Sprintf("第%d", rank)
		c.Bars[i].Group = ""
	}
	t.notes(&c, col)
	return c
}

func (t Table) base() chart.Chart {
	title := t.Indicator + " " + kindTitle[t.Kind]
	return chart.Chart{Title: strings.TrimSpace(title), Unit: t.Unit}
}

func (t Table) bar(p Place, v Value, label string) chart.Bar {
	f := v.Figure
	return chart.Bar{Label: label, Value: v.Value, ValueLabel: v.Label, Group: p.Name, Derived: f.Derived,
		Ref: chart.Ref{Doc: f.Doc, Start: f.Start, End: f.End}}
}

// notes sets the chart's source (the documents of the values drawn) and
// its note: cells with more than one value, places without any.
func (t Table) notes(c *chart.Chart, col int) {
	docs := map[string]bool{}
	conflicts, empty := 0, 0
	for i := range t.Places {
		if !t.hasValues(i) || (col >= 0 && len(t.Cells[i][col].Values) == 0) {
			empty++
			continue
		}
		for j, cell := range t.Cells[i] {
			if col >= 0 && j != col {
				continue
			}
			if cell.Conflict() {
				conflicts++
			}
			for _, v := range cell.Values {
				for _, s := range v.Sources {
					docs[s.Doc] = true
				}
			}
		}
	}
	ids := make([]string, 0, len(docs))
	for d := range docs {
		ids = append(ids, d)
	}
	sort.Strings(ids)
	if len(ids) > 6 {
		c.Source = fmt.Sprintf("%d篇报告：%s等，逐项出处见导出的表格", len(ids), strings.Join(ids[:6], "、"))
	} else {
		c.Source = strings.Join(ids, "、")
	}
	var note []string
	if conflicts > 0 {
		note = append(note, fmt.Sprintf("%d处不同报告给出不同数值，图中为先读到的一个，表中列出全部。", conflicts))
	}
	if empty > 0 {
		note = append(note, fmt.Sprintf("%d个地区没有数值。", empty))
	}
	if t.Dropped > 0 {
		note = append(note, fmt.Sprintf("另有%d项单位不是%s，未列入。", t.Dropped, t.Unit))
	}
	c.Note = strings.Join(note, "")
}
