package ui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestWindowSizeBounded: a remembered size of 40000×30000 crashed the
// start; it is bounded, and a nonsense one gives the default.
func TestWindowSizeBounded(t *testing.T) {
	cases := []struct {
		w, h float64
		want fyne.Size
	}{
		{40000, 30000, maxWindowSize},
		{1000, 700, fyne.NewSize(1000, 700)},
		{math.NaN(), 700, defaultWindowSize},
		{-5, 700, defaultWindowSize},
		{5000, 700, fyne.NewSize(3840, 700)},
	}
	for _, c := range cases {
		p := test.NewTempApp(t).Preferences()
		p.SetFloat(prefWindowWidth, c.w)
		p.SetFloat(prefWindowHeight, c.h)
		if got := (settings{prefs: p}).windowSize(); got != c.want {
			t.Errorf("%v×%v: %v, want %v", c.w, c.h, got, c.want)
		}
	}
}

// TestFitSize: at FYNE_SCALE=2 a 1400×900 screen is 700×450 units, less
// than the default window.
func TestFitSize(t *testing.T) {
	screen := fyne.NewSize(700, 450)
	limit := fyne.NewSize(screen.Width*screenShare, screen.Height*screenShare)
	if got := fitSize(defaultWindowSize, limit); got.Width > 700 || got.Height > 450 {
		t.Errorf("default window on a 700×450 screen: %v", got)
	}
	if got := fitSize(fyne.NewSize(800, 600), fyne.Size{}); got != fyne.NewSize(800, 600) {
		t.Errorf("no screen known: %v", got)
	}
}
