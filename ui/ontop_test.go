package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// firstOnTop is the first object of type T in the dialog on top (walked
// through widgets' renderers and containers) that match accepts.
func firstOnTop[T fyne.CanvasObject](w fyne.Window, match func(T) bool) (T, bool) {
	var found T
	var ok bool
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if v, is := o.(T); is {
			if !ok && match(v) {
				found, ok = v, true
			}
			return
		}
		switch v := o.(type) {
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	return found, ok
}
