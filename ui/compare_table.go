package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
)

// The table's first column names the places; then a column per year.
const (
	comparePlaceWidth = 110
	compareValueWidth = 96
	// maxPlaceWidth bounds the places' column, so that a long name leaves
	// the years room in a narrow panel.
	maxPlaceWidth = 200
)

func (t *compareTab) newTable() *widget.Table {
	tb := widget.NewTableWithHeaders(
		func() (int, int) { return len(t.current.Places), len(t.current.Columns) + 1 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Truncation = fyne.TextTruncateEllipsis
			l.TextStyle.Bold = id.Col == 0
			l.SetText(t.cellText(id.Row, id.Col))
		},
	)
	tb.ShowHeaderColumn = false
	tb.StickyColumnCount = 1
	tb.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.SetText(t.headerText(id.Col))
	}
	tb.OnSelected = func(id widget.TableCellID) {
		t.selected = id
		t.showCell()
		if v := t.cellValues(id.Row, id.Col); len(v) > 0 && t.OnRef != nil {
			s := v[0].Sources[0]
			t.OnRef(chart.Ref{Doc: s.Doc, Start: s.Start, End: s.End})
		}
	}
	return tb
}

func (t *compareTab) sizeColumns() {
	t.placeW = placeColumnWidth(t.current.Places)
	t.table.SetColumnWidth(0, t.placeW)
	for j := range t.current.Columns {
		t.table.SetColumnWidth(j+1, compareValueWidth)
	}
}

// placeColumnWidth is the places' column: wide enough for the longest
// name, in bold as the cells set it. At a fixed 110, 焦作城乡一体化示范区
// showed as 焦作城乡一…, which names no place.
func placeColumnWidth(places []compare.Place) float32 {
	w := float32(comparePlaceWidth)
	bold := fyne.TextStyle{Bold: true}
	for _, p := range places {
		w = max(w, fyne.MeasureText(p.Name, theme.TextSize(), bold).Width+2*theme.InnerPadding())
	}
	return min(w, maxPlaceWidth)
}

func (t *compareTab) headerText(col int) string {
	if col == 0 {
		return tr("Place")
	}
	if col-1 < len(t.current.Columns) {
		return t.current.Columns[col-1].Label()
	}
	return ""
}

// cellValues are the values of a cell of the widget's table; nil for the
// place column or an empty cell.
func (t *compareTab) cellValues(row, col int) []compare.Value {
	if row < 0 || row >= len(t.current.Places) || col < 1 || col > len(t.current.Columns) {
		return nil
	}
	return t.current.Cells[row][col-1].Values
}

// cellText is what a cell shows: its values, a derived one marked *, two
// reports that disagree as 5.0% / 5.2%.
func (t *compareTab) cellText(row, col int) string {
	if col == 0 {
		if row < len(t.current.Places) {
			return t.current.Places[row].Name
		}
		return ""
	}
	var parts []string
	for _, v := range t.cellValues(row, col) {
		s := v.Label
		if v.Derived() {
			s += "*"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " / ")
}

// showCell says where the selected cell's values come from, with a button
// per source that opens its sentence.
func (t *compareTab) showCell() {
	t.sources.Objects = nil
	vs := t.cellValues(t.selected.Row, t.selected.Col)
	if len(vs) == 0 {
		t.detail.SetText(tr("Select a cell to see where its values come from."))
		t.sources.Refresh()
		return
	}
	p := t.current.Places[t.selected.Row]
	c := t.current.Columns[t.selected.Col-1]
	t.detail.SetText(p.Name + " " + c.Label() + "：" + t.cellText(t.selected.Row, t.selected.Col))
	for _, v := range vs {
		for _, s := range v.Sources {
			s := s
			text := sourceText(v, s)
			t.sources.Add(&widget.Button{Text: text, Importance: widget.LowImportance, Alignment: widget.ButtonAlignLeading, OnTapped: func() {
				if t.OnRef != nil {
					t.OnRef(chart.Ref{Doc: s.Doc, Start: s.Start, End: s.End})
				}
			}})
		}
	}
	t.sources.Refresh()
}

// sourceText names a value's source: 5.0% — 000_3d56….txt, bytes 1209–1213.
func sourceText(v compare.Value, s compare.Source) string {
	how := ""
	if s.Derived {
		how = "，" + tr("worked out")
	}
	return v.Label + " — " + s.Doc + "，" + tr("bytes") + " " + strconv.Itoa(s.Start) + "–" + strconv.Itoa(s.End) + how
}
