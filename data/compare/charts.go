package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
)

// MaxLines is the most places a line chart draws; past it lines cannot be
// told apart by colour, and the chart over the years draws a small chart
// per place instead (small multiples, one scale).
const MaxLines = 12

// kindTitle names a kind in a chart title.
var kindTitle = map[figure.Kind]string{
	figure.Growth: "增速", figure.Level: "总量", figure.Share: "占比与完成率", figure.PPChange: "百分点变化",
	figure.Count: "数量", figure.Physical: "实物量", figure.Rank: "排名", figure.Multiple: "倍数",
}

// Chart is the chart the table reads best as: the places over the years
// (OverYears) when there is more than one year, else the places ranked
// in the column with most values.
func (t Table) Chart() chart.Chart {
	if len(t.lineColumns()) > 1 {
		return t.OverYears()
	}
	return t.Ranked(t.BestColumn())
}

// OverYears is a line per place over the years when at most MaxLines
// places have values, else a small chart per place on one scale.
func (t Table) OverYears() chart.Chart {
	if t.placesWithValues() <= MaxLines {
		return t.Lines()
	}
	return t.Multiples()
}

func (t Table) placesWithValues() int {
	n := 0
	for i := range t.Places {
		if t.hasValues(i) {
			n++
		}
	}
	return n
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

// Multiples is Lines drawn as a small chart per place, in the table's
// order, all on one scale: for more places than lines can be told apart.
func (t Table) Multiples() chart.Chart {
	c := t.Lines()
	c.Kind = chart.Multiples
	c.Subtitle = fmt.Sprintf("单位：%s　%d个地区各一小图，纵轴刻度相同；空心点为推算值", t.Unit, t.placesWithValues())
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

// Ranked charts the places in one column from the largest value down,
// each tagged with its rank (第1 down; places with one value share it): 居
// 全市第N made visible. A place over others of the chart (焦作市 beside
// its districts) is not ranked among them; the note gives its value.
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
	c.Title += " " + label + " 排名"
	var over []string
	for i, p := range t.Places {
		vs := t.Cells[i][col].Values
		if len(vs) == 0 {
			continue
		}
		if t.isOver(p) {
			over = append(over, p.Name+vs[0].Label)
			continue
		}
		c.Bars = append(c.Bars, t.bar(p, vs[0], p.Name))
	}
	sort.SliceStable(c.Bars, func(i, j int) bool {
		if c.Kind == chart.Dots {
			return c.Bars[i].Value < c.Bars[j].Value
		}
		return c.Bars[i].Value > c.Bars[j].Value
	})
	scope := t.rankScope(col)
	rank := 0
	for i := range c.Bars {
		if i == 0 || !same(c.Bars[i].Value, c.Bars[i-1].Value) {
			rank = i + 1 // places with one value share its rank: 第1, 第1, 第3
		}
		c.Bars[i].Tag = fmt.Sprintf("%s第%d", scope, rank)
		c.Bars[i].Group = ""
	}
	order := "按数值从大到小排列"
	if c.Kind == chart.Dots {
		order = "按名次排列"
	}
	c.Subtitle = "单位：" + t.Unit + "　" + label + "，" + order
	if c.Kind == chart.Dots {
		c.Subtitle = label + "，" + order
	}
	if scope == "" {
		c.Subtitle += fmt.Sprintf("；第N为在有数值的%d个地区中的名次", len(c.Bars))
	}
	t.notes(&c, col)
	if len(over) > 0 {
		c.Note = "上级地区不参与排名：" + strings.Join(over, "、") + "。" + c.Note
	}
	return c
}

// isOver reports whether p is a city or province with another place of
// the table under it (GB/T 2260: 410800 is over 4108xx, 410000 over 41xxxx).
func (t Table) isOver(p Place) bool {
	prefix := parentPrefix(p.Code)
	if prefix == "" {
		return false
	}
	for _, q := range t.Places {
		if q.Code != p.Code && strings.HasPrefix(q.Code, prefix) {
			return true
		}
	}
	return false
}

// parentPrefix is the prefix of the codes under a city (4 digits) or a
// province (2); "" for a county or no code.
func parentPrefix(code string) string {
	switch {
	case len(code) != 6:
		return ""
	case strings.HasSuffix(code, "0000"):
		return code[:2]
	case strings.HasSuffix(code, "00"):
		return code[:4]
	}
	return ""
}

// rankScope is 居全市 or 居全省 when the places ranked are every division
// of the table's scope (a city or a province) and each has a value in
// col, so the rank is the place's in all of them; else "" (a rank among
// the places that happen to have figures).
func (t Table) rankScope(col int) string {
	prefix := parentPrefix(t.Scope.Code)
	if prefix == "" {
		return ""
	}
	n := 0
	for i, p := range t.Places {
		if p.Code == t.Scope.Code || t.isOver(p) {
			continue
		}
		if !strings.HasPrefix(p.Code, prefix) || len(t.Cells[i][col].Values) == 0 {
			return ""
		}
		n++
	}
	if n < 2 {
		return ""
	}
	if len(prefix) == 2 {
		return "居全省"
	}
	return "居全市"
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
	if len(ids) > 3 {
		// The count first: where the foot has no room, only names are cut.
		c.Source = fmt.Sprintf("%d篇报告，逐项出处见导出的表格：%s等", len(ids), strings.Join(ids[:3], "、"))
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
