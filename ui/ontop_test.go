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
	if top := w.Canvas().Overlays().Top(); top != nil {
		walkRendered(top, func(o fyne.CanvasObject) bool {
			if v, is := o.(T); is {
				if !ok && match(v) {
					found, ok = v, true
				}
				return false
			}
			return true
		})
	}
	return found, ok
}

// walkRendered visits o and, where visit returns true, what it holds: a
// widget's renderer's objects and a container's, depth first.
func walkRendered(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !visit(o) {
		return
	}
	switch v := o.(type) {
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walkRendered(c, visit)
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			walkRendered(c, visit)
		}
	}
}
