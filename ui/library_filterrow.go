package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// filterRow lays out the library's filter field and its sort menu: side
// by side when the field then still shows its whole placeholder (按标题、
// 地区、年份或文件名筛选), else the menu under the field. Side by side at
// the library's first width the field showed 按标题、地区、 and a scroll
// bar under it, and a new user could not tell what it filters by.
type filterRow struct {
	entry *widget.Entry
	sort  fyne.CanvasObject
	// stack is how the row was last laid out, which its height follows;
	// relayout is told when that changes, for the height to be asked again.
	stack    bool
	relayout func()
}

func newFilterRow(entry *widget.Entry, sort fyne.CanvasObject) *filterRow {
	return &filterRow{entry: entry, sort: sort, stack: true}
}

// stacked says whether a row width wide puts the menu under the field.
func (r *filterRow) stacked(width float32) bool {
	text := fyne.MeasureText(r.entry.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width
	need := text + 2*theme.InnerPadding() + 2*theme.InputBorderSize() + 2
	return width-r.sort.MinSize().Width-theme.Padding() < need
}

func (r *filterRow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	eh, sh := r.entry.MinSize().Height, r.sort.MinSize().Height
	if stack := r.stacked(size.Width); stack != r.stack {
		r.stack = stack
		if r.relayout != nil {
			defer r.relayout()
		}
	}
	if r.stack {
		r.entry.Resize(fyne.NewSize(size.Width, eh))
		r.entry.Move(fyne.NewPos(0, 0))
		r.sort.Resize(fyne.NewSize(size.Width, sh))
		r.sort.Move(fyne.NewPos(0, eh+theme.Padding()))
		return
	}
	sw := r.sort.MinSize().Width
	h := max(eh, sh)
	r.entry.Resize(fyne.NewSize(size.Width-sw-theme.Padding(), h))
	r.entry.Move(fyne.NewPos(0, 0))
	r.sort.Resize(fyne.NewSize(sw, h))
	r.sort.Move(fyne.NewPos(size.Width-sw, 0))
}

func (r *filterRow) MinSize([]fyne.CanvasObject) fyne.Size {
	eh, sh := r.entry.MinSize().Height, r.sort.MinSize().Height
	w := max(r.sort.MinSize().Width, r.entry.MinSize().Width)
	if r.stack {
		return fyne.NewSize(w, eh+theme.Padding()+sh)
	}
	return fyne.NewSize(w, max(eh, sh))
}
