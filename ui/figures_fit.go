package ui

import (
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/figure"
)

// fitColumns narrows the columns other than the indicator's to what the
// article's figures write in them, as a spreadsheet's autofit does, never
// wider than their usual width (colWidth) nor narrower than their title,
// with its sort mark when the table is sorted on it (a mark kept for every
// column took 50 px from the names in English). What they leave goes to the indicator names, which run
// longest and were cut to five characters at 1280×800 (第一产业增…) while
// the value column kept room for 17.92万平方米 in an article whose values
// are 5.0% and 1.2个百分点. All the article's figures are measured, not
// the rows shown, so that filtering does not make the columns jump.
func (t *figuresTab) fitColumns(figs []figure.Figure) {
	pad := 2*theme.InnerPadding() + 1
	for c := colName + 1; c < numCols; c++ {
		usual := colWidth(c)
		w := titleWidth(colTitle(c) + t.sortMark(c))
		for _, f := range figs {
			if w >= usual {
				break
			}
			w = max(w, fitWidthOf(cellText(f, c), t.widths.width)+pad)
		}
		w = min(w, usual)
		if w != t.colW[c] {
			t.colW[c] = w
			t.table.SetColumnWidth(c, w)
		}
	}
}

// titleWidth is the width a column title needs in its header cell, whose
// label cuts it with an ellipsis when narrower.
func titleWidth(s string) float32 {
	h := &widget.Label{Text: s}
	return h.MinSize().Width + 1
}

// fitWidthOf is the width of s, summed per character as fit cuts it.
func fitWidthOf(s string, width func(rune) float32) float32 {
	total := float32(0)
	for _, r := range s {
		total += width(r)
	}
	return total
}
