package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fitWidth cuts s to avail with an ellipsis, so that a cut text says it
// is cut; width gives a character's width. Widths are summed per
// character: Fyne's own ellipsis shapes the text again at every step,
// which made long lists and tables several times slower.
func fitWidth(s string, avail float32, width func(rune) float32) string {
	total := float32(0)
	for _, r := range s {
		total += width(r)
	}
	if total <= avail {
		return s
	}
	rs := []rune(s)
	total += width('…')
	for len(rs) > 0 && total > avail {
		total -= width(rs[len(rs)-1])
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// runeWidths measures characters at the text size, each once.
type runeWidths map[rune]float32

func (m runeWidths) width(r rune) float32 {
	if w, ok := m[r]; ok {
		return w
	}
	w := fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{})
	m[r] = w.Width
	return w.Width
}

// fitLabel is a one-line label that shows its text cut with an ellipsis
// when it is too narrow for it (a library row's long title), cutting
// again when resized.
type fitLabel struct {
	widget.Label
	full   string
	widths runeWidths
}

func newFitLabel(widths runeWidths) *fitLabel {
	l := &fitLabel{widths: widths}
	l.Truncation = fyne.TextTruncateClip // the ellipsis is ours
	l.ExtendBaseWidget(l)
	return l
}

// setFull sets the whole text; the label shows as much as fits.
func (l *fitLabel) setFull(s string) {
	l.full = s
	l.refit(l.Size().Width)
}

func (l *fitLabel) Resize(s fyne.Size) {
	l.Label.Resize(s)
	l.refit(s.Width)
}

func (l *fitLabel) refit(w float32) {
	text := l.full
	if w > 0 {
		text = fitWidth(l.full, w-2*theme.InnerPadding(), l.widths.width)
	}
	if text != l.Text {
		l.SetText(text)
	}
}
