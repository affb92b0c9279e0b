package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Dragging across the text selects it, from paragraph to paragraph; the
// selection is highlighted, copied with paragraph breaks, and a click
// clears it.
func TestDragSelectsText(t *testing.T) {
	a := articles(t)[0]
	r, w := newTestReaderIn(t, a, fyne.NewSize(800, 700))
	b0, b1 := r.paras[0], r.paras[1]
	abs := func(b *textBlock, p fyne.Position) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(p)
	}
	// From the very start of paragraph 0 to the middle of paragraph 1's
	// first line.
	from := abs(b0, fyne.NewPos(theme.InnerPadding(), theme.InnerPadding()+4))
	mid := fyne.NewPos(b1.Size().Width/2, theme.InnerPadding()+4)
	to := abs(b1, mid)
	drag(w, from, to)

	off := b1.boundaryAt(mid)
	if off <= 0 || off >= len(b1.text) {
		t.Fatalf("the middle of paragraph 1 maps to offset %d of %d", off, len(b1.text))
	}
	want := b0.text + "\n" + b1.text[:off]
	if got := r.SelectedText(); got != want {
		t.Fatalf("selected\n%q\nwant\n%q", got, want)
	}
	if !hasSelectionSpan(r, 0, 0, len(b0.text)) || !hasSelectionSpan(r, 1, 0, off) {
		t.Error("the selection is not highlighted")
	}
	if hasSelectionSpan(r, 2, 0, len(r.paras[2].text)) {
		t.Error("paragraph 2 is highlighted but not selected")
	}

	test.Tap(b1)
	if r.SelectedText() != "" || hasSelectionSpan(r, 0, 0, len(b0.text)) {
		t.Error("a click leaves the selection")
	}

	// Dragging upwards selects the same text.
	drag(w, to, from)
	if got := r.SelectedText(); got != want {
		t.Errorf("dragging up selected\n%q\nwant\n%q", got, want)
	}
}

// drag moves the pointer with the button down from one point of the
// window to another in two steps, sending what Fyne's desktop driver
// sends (test.Drag sends the start position as the pointer's position).
func drag(w fyne.Window, from, to fyne.Position) {
	var d fyne.Draggable
	var origin fyne.Position // of the dragged object, absolute
	for _, o := range test.LaidOutObjects(w.Content()) {
		if dd, ok := o.(fyne.Draggable); ok {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
			if from.X >= pos.X && from.Y >= pos.Y && from.X < pos.X+o.Size().Width && from.Y < pos.Y+o.Size().Height && o.Visible() {
				d, origin = dd, pos
			}
		}
	}
	if d == nil {
		return
	}
	mid := fyne.NewPos(from.X+(to.X-from.X)/2, from.Y+(to.Y-from.Y)/2)
	last := from
	for _, p := range []fyne.Position{mid, to} {
		d.Dragged(&fyne.DragEvent{
			PointEvent: fyne.PointEvent{AbsolutePosition: p, Position: p.Subtract(origin)},
			Dragged:    fyne.NewDelta(p.X-last.X, p.Y-last.Y),
		})
		last = p
	}
	d.DragEnd()
}

func hasSelectionSpan(r *Reader, para, start, end int) bool {
	for _, s := range r.highlights(para) {
		if s.bg == theme.ColorNameSelection && s.start == start && s.end == end {
			return true
		}
	}
	return false
}

// Select All and Copy, from the menu's shortcuts, copy the whole body.
func TestSelectAllAndCopy(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	m.app.Clipboard().SetContent("")
	shortcuts := w.Canvas().(fyne.Shortcutable)
	shortcuts.TypedShortcut(&fyne.ShortcutSelectAll{})
	shortcuts.TypedShortcut(&fyne.ShortcutCopy{})
	var paras []string
	for _, p := range m.reader.Article().Paragraphs {
		paras = append(paras, p.Text)
	}
	if got := m.app.Clipboard().Content(); got != strings.Join(paras, "\n") {
		t.Errorf("copied %d bytes, want the %d of the article's paragraphs", len(got), len(strings.Join(paras, "\n")))
	}
	// Another article starts with nothing selected.
	m.openID(m.library.all()[1].ID)
	if m.reader.SelectedText() != "" {
		t.Error("the selection survives opening another article")
	}
}
