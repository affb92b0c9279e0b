package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// warmFont has Fyne read the CJK font for one text style on another
// goroutine and closes the channel when it has. Fyne parses the whole
// 4.6 MB font once per style (60–100 ms) the first time it measures a
// text of that style. The plain style is read while the window system
// starts up, so that the first layout finds it ready. Bold — which every
// Fyne button, tab and table header measures, even for an empty label —
// is kept out of the first frame altogether (see iconButton) and read
// while Finish does its other work. Call it after the theme is set (Fyne
// clears the cache when the theme changes), and measure nothing of that
// style on the UI thread until the channel closes, or the font is read
// twice.
func warmFont(style fyne.TextStyle) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fyne.MeasureText("指标", theme.TextSize(), style)
	}()
	return done
}
