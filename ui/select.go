package ui

import "fyne.io/fyne/v2/widget"

// newSelect is widget.NewSelect with its placeholder in the interface
// language: Fyne writes "(Select one)" without translating it, and a
// menu with nothing chosen yet showed it in the Chinese interface.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = tr("(Select one)")
	return s
}
