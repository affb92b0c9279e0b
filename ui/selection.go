package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textPos is a place in the reader's text: a paragraph and a byte offset
// into its display text.
type textPos struct{ para, off int }

func (p textPos) before(q textPos) bool {
	return p.para < q.para || p.para == q.para && p.off < q.off
}

// selection is the text the user dragged over, from where the drag began
// (anchor) to where the pointer is (focus); either may come first.
type selection struct {
	anchor, focus textPos
	dragging      bool
}

// ordered gives the selection's start and end in reading order.
func (s selection) ordered() (start, end textPos) {
	if s.focus.before(s.anchor) {
		return s.focus, s.anchor
	}
	return s.anchor, s.focus
}

func (s selection) empty() bool { return s.anchor == s.focus }

// dragged extends the selection to the pointer as it is dragged from a
// paragraph, and scrolls when the pointer leaves the view at the top or
// bottom. The event's absolute position is used, not its position in the
// paragraph, because the paragraph moves when the view scrolls.
func (r *Reader) dragged(ev *fyne.DragEvent) {
	at := ev.AbsolutePosition.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(r.column))
	if r.sel == nil || !r.sel.dragging {
		p := r.posAt(at.Subtract(fyne.NewPos(ev.Dragged.DX, ev.Dragged.DY)))
		r.clearSelection()
		r.sel = &selection{anchor: p, focus: p, dragging: true}
		if r.OnSelecting != nil {
			r.OnSelecting()
		}
	}
	old := *r.sel
	r.sel.focus = r.posAt(at)
	r.repaintBetween(old, *r.sel)

	// Keep the pointer's line in view while selecting past the edge.
	h := r.scroll.Size().Height
	switch y := at.Y - r.scroll.Offset.Y; {
	case y < 0:
		r.scrollTo(r.scroll.Offset.Y + y)
	case y > h:
		r.scrollTo(r.scroll.Offset.Y + y - h)
	}
}

func (r *Reader) dragEnd() {
	if r.sel != nil {
		r.sel.dragging = false
		if r.sel.empty() {
			r.clearSelection()
		}
	}
}

// posAt is the text position nearest a point of the column: above the
// first paragraph, its start; between two, the end of the upper one.
func (r *Reader) posAt(p fyne.Position) textPos {
	if len(r.paras) == 0 {
		return textPos{}
	}
	if first := r.paras[0]; p.Y < first.Position().Y {
		return textPos{0, 0}
	}
	for i, b := range r.paras {
		top, bottom := b.Position().Y, b.Position().Y+b.Size().Height
		if p.Y < top { // in the gap above paragraph i
			return textPos{i - 1, len(r.paras[i-1].textOf())}
		}
		if p.Y < bottom {
			return textPos{i, b.boundaryAt(p.Subtract(b.Position()))}
		}
	}
	last := len(r.paras) - 1
	return textPos{last, len(r.paras[last].textOf())}
}

// selectedRange is the part of paragraph i inside the selection.
func (r *Reader) selectedRange(i int) (start, end int, ok bool) {
	if r.sel == nil || r.sel.empty() {
		return 0, 0, false
	}
	s, e := r.sel.ordered()
	if i < s.para || i > e.para {
		return 0, 0, false
	}
	start, end = 0, len(r.paras[i].textOf())
	if i == s.para {
		start = s.off
	}
	if i == e.para {
		end = e.off
	}
	return start, end, start < end
}

// repaintBetween repaints the paragraphs whose selected part may differ
// between two selections.
func (r *Reader) repaintBetween(a, b selection) {
	as, ae := a.ordered()
	bs, be := b.ordered()
	for i := min(as.para, bs.para); i <= max(ae.para, be.para) && i < len(r.paras); i++ {
		r.renderParagraph(i)
	}
}

// SelectedText is the selected text, paragraphs on lines of their own.
func (r *Reader) SelectedText() string {
	if r.sel == nil || r.sel.empty() {
		return ""
	}
	s, e := r.sel.ordered()
	var parts []string
	for i := s.para; i <= e.para; i++ {
		if start, end, ok := r.selectedRange(i); ok {
			parts = append(parts, r.paras[i].textOf()[start:end])
		}
	}
	return strings.Join(parts, "\n")
}

// SelectAll selects the whole body of the article.
func (r *Reader) SelectAll() {
	if len(r.paras) == 0 {
		return
	}
	last := len(r.paras) - 1
	r.sel = &selection{anchor: textPos{0, 0}, focus: textPos{last, len(r.paras[last].textOf())}}
	r.renderAll()
}

func (r *Reader) clearSelection() {
	if r.sel == nil {
		return
	}
	old := *r.sel
	r.sel = nil
	r.repaintBetween(old, old)
}

// selectionSpan is the highlight of the selected part of paragraph i.
func (r *Reader) selectionSpan(i int) (span, bool) {
	start, end, ok := r.selectedRange(i)
	return span{start: start, end: end, bg: theme.ColorNameSelection}, ok
}
