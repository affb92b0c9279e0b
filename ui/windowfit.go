package ui

import "fyne.io/fyne/v2"

// maxWindowSize bounds a remembered window size before the screen is
// known: a size of 40000×30000 in the preferences made the start crash
// (a texture larger than any GPU allows).
var maxWindowSize = fyne.NewSize(3840, 2400)

// screenShare is how much of the screen the window may take at most, so
// that its borders and title bar stay on screen.
const screenShare = 0.95

// fitSize returns sz no larger than limit in either direction (a zero
// limit does not bound), and no smaller than the window's minimum.
func fitSize(sz, limit fyne.Size) fyne.Size {
	if limit.Width > 0 {
		sz.Width = min(sz.Width, limit.Width)
	}
	if limit.Height > 0 {
		sz.Height = min(sz.Height, limit.Height)
	}
	return fyne.NewSize(max(sz.Width, 400), max(sz.Height, 300))
}

// FitScreen shrinks the window to the screen when it is larger: a size
// remembered on a bigger screen, or the default at FYNE_SCALE=2 on a
// 1400×900 one. screen is the screen's size in Fyne units (pixels divided
// by the scale), or zero when unknown. Call it on the UI thread once the
// window is shown.
func (m *Main) FitScreen(screen fyne.Size) {
	if screen.Width <= 0 || screen.Height <= 0 {
		return
	}
	limit := fyne.NewSize(screen.Width*screenShare, screen.Height*screenShare)
	sz := m.win.Canvas().Size()
	if fit := fitSize(sz, limit); fit != sz {
		m.win.Resize(fit)
	}
}
