package ui

import (
	"strings"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// maxNameLines is how many lines a figure's name may take in the table
// before the rest is cut with an ellipsis: enough for the longest names
// reports write (规模以上工业企业研发经费投入强度), few enough that one row
// does not push the others out of a small panel.
const maxNameLines = 3

// manyRowHeights is how many row heights the table may change one by one:
// each change redraws the table, so past this they are changed with the
// table emptied for the moment (see setRowHeights).
const manyRowHeights = 24

// nameLines breaks a name into the lines of a cell avail wide, by the
// rules of Chinese line breaking (a closing bracket never starts a line,
// 5.0% stays whole); past maxLines the last line ends with an ellipsis.
// A name that fits is one line, as before: only long names make tall rows.
func nameLines(s string, avail float32, width func(rune) float32, maxLines int) []string {
	if fitWidthOf(s, width) <= avail || maxLines <= 1 {
		return []string{fitWidth(s, avail, width)}
	}
	ls := breakLines(s, bracketsWhole(s, units(s, width), avail), avail)
	out := make([]string, 0, min(len(ls), maxLines))
	for i, l := range ls {
		if i == maxLines-1 && len(ls) > maxLines {
			out = append(out, fitWidth(s[l.start:], avail, width))
			break
		}
		out = append(out, s[l.start:l.end])
	}
	return out
}

// bracketsWhole joins the units of each bracketed part of a name — the
// (上年) the table adds to a derived figure's name, a report's （不含电力）—
// into one unit, so that a line breaks before the bracket rather than
// inside it (第一产业增加值 (上 | 年)); a part wider than a line stays
// breakable.
func bracketsWhole(s string, us []unit, avail float32) []unit {
	out := make([]unit, 0, len(us))
	open := -1 // index in out of the unit opening a bracket, -1 outside one
	for _, u := range us {
		r := firstRune(s[u.start:])
		switch {
		case r == '(' || r == '（':
			open = len(out)
			out = append(out, u)
		case open >= 0 && out[open].width+u.width <= avail:
			out[open].end = u.end
			out[open].width += u.width
			if r == ')' || r == '）' {
				open = -1
			}
		default:
			open = -1
			out = append(out, u)
		}
	}
	return out
}

// maxTallRows is how many rows may grow for their names. A 10 MB file's
// table lists tens of thousands of long names, and growing them all took
// seconds at every keystroke of the filter; past this the names are cut
// with an ellipsis (hover shows them whole) until a filter lists fewer.
const maxTallRows = 2000

// nameText is a name cell's text: the name on as many lines as its row has.
func (t *figuresTab) nameText(name string) string {
	lines := maxNameLines
	if t.oneLine {
		lines = 1
	}
	return strings.Join(nameLines(name, t.nameRoom(), t.widths.width, lines), "\n")
}

// nameRoom is the width a name's lines have in their cell.
func (t *figuresTab) nameRoom() float32 {
	return max(t.colW[colName], t.fill.width) - 2*theme.InnerPadding()
}

// rowSizes are the heights of a one-line row and of each further line,
// measured on a cell as the table makes them, once.
func (t *figuresTab) rowSizes() (base, step float32) {
	if t.rowBase == 0 {
		one := &widget.Label{Text: "国"}
		two := &widget.Label{Text: "国\n国"}
		t.rowBase = one.MinSize().Height
		t.rowStep = two.MinSize().Height - t.rowBase
	}
	return t.rowBase, t.rowStep
}

// rewrap makes each listed row as tall as its name's lines need, and the
// rows made tall before whose names now fit one line again.
func (t *figuresTab) rewrap() {
	base, step := t.rowSizes()
	room := t.nameRoom()
	tall := map[int]float32{}
	for r, i := range t.rows {
		if n := len(nameLines(cellText(t.figs[i], colName), room, t.widths.width, maxNameLines)); n > 1 {
			tall[r] = base + float32(n-1)*step
		}
		if len(tall) > maxTallRows {
			clear(tall)
			break
		}
	}
	t.oneLine = len(tall) == 0
	changes := map[int]float32{}
	for r := range t.tall {
		if _, ok := tall[r]; !ok {
			changes[r] = base
		}
	}
	for r, h := range tall {
		if t.tall[r] != h {
			changes[r] = h
		}
	}
	t.tall = tall
	t.setRowHeights(changes)
}

// setRowHeights sets rows' heights. Fyne redraws the whole table at each
// SetRowHeight, measuring every row: for a long article's thousands of
// long names that took seconds, so many changes are made while the table
// lists no row, and it is redrawn once after.
func (t *figuresTab) setRowHeights(h map[int]float32) {
	if len(h) == 0 {
		return
	}
	if len(h) > manyRowHeights {
		// Each redraw also draws the column titles again, shaping them
		// for their ellipsis: most of its time with no row listed.
		rows := t.rows
		t.rows, t.table.ShowHeaderRow = nil, false
		defer func() {
			t.rows, t.table.ShowHeaderRow = rows, true
			t.table.Refresh()
		}()
	}
	for r, v := range h {
		t.table.SetRowHeight(r, v)
	}
}
