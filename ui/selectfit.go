package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fitOptions holds a select as wide as its widest option. Fyne sizes a
// select by its placeholder, and the Chinese placeholder （请选择） is
// shorter than 全部类型 (14): the figures' kind menu showed 全部类型 (…,
// the count it is there to give cut off.
func fitOptions(s *widget.Select) fyne.CanvasObject {
	return container.New(optionsFit{s}, s)
}

type optionsFit struct{ s *widget.Select }

func (l optionsFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

// MinSize is the select's own, widened to its widest option as Fyne
// widens it to its placeholder: the text, three inner paddings round it,
// and the drop-down icon with one more.
func (l optionsFit) MinSize(_ []fyne.CanvasObject) fyne.Size {
	m := l.s.MinSize()
	th := l.s.Theme()
	pad, icon, size := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInlineIcon), th.Size(theme.SizeNameText)
	for _, o := range l.s.Options {
		m.Width = max(m.Width, fyne.MeasureText(o, size, fyne.TextStyle{}).Width+4*pad+icon)
	}
	return m
}
