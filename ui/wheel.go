package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// fyneWheelNotch is how far Fyne's desktop driver scrolls for one notch
// of a mouse wheel (25 px on Linux and Windows): about one line of the
// reader, where readers of long text expect three.
const (
	fyneWheelNotch = 25
	linesPerNotch  = 3
)

// wheelScroll is the reader's vertical scroll, moving three lines a notch
// of the mouse wheel at any text size.
type wheelScroll struct {
	container.Scroll
	line func() float32 // the height of a line of text, in pixels
}

func newWheelScroll(content fyne.CanvasObject, line func() float32) *wheelScroll {
	s := &wheelScroll{line: line}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

func (s *wheelScroll) Scrolled(ev *fyne.ScrollEvent) {
	k := linesPerNotch * s.line() / fyneWheelNotch
	scaled := *ev
	scaled.Scrolled = fyne.NewDelta(ev.Scrolled.DX*k, ev.Scrolled.DY*k)
	s.Scroll.Scrolled(&scaled)
}
