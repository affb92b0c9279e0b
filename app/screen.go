package app

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenSize is the primary screen's size in Fyne units (pixels divided
// by the canvas scale), or zero when it cannot be told. Fyne has no call
// for it; GLFW, which Fyne's desktop driver runs on, has. Call it on the
// UI thread once the window is shown (GLFW is initialised then).
func screenSize(w fyne.Window) (sz fyne.Size) {
	defer func() {
		if recover() != nil {
			sz = fyne.Size{} // no GLFW here: leave the window as it is
		}
	}()
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return fyne.Size{}
	}
	mode := mon.GetVideoMode()
	scale := w.Canvas().Scale()
	if mode == nil || scale <= 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale)
}
