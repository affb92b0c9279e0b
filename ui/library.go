package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tightVBox stacks its objects with no padding between them, so a list row's
// title and metadata read as one item.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h * 0.8
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		if i < len(objs)-1 {
			h += m.Height * 0.8
		} else {
			h += m.Height
		}
	}
	return fyne.NewSize(w, h)
}

// mutedSegment is secondary text: dates, sources, credits. Fyne's low
// importance colour is too faint to read on white, hence a colour of ours.
func mutedSegment(text string, size fyne.ThemeSizeName) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: colorMuted, SizeName: size}}
}
