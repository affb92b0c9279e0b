package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The figures' kind menu shows its whole choice, count included, in
// either language: 全部类型 (14) was cut to 全部类型 (… in Chinese, and
// All kinds (120000) to All kinds (1… on a long compilation.
func TestKindMenuShowsItsCount(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1280, 800))
	k := m.panel.figures.kinds
	k.Options = append(k.Options, "All kinds (120000)")
	m.panel.figures.box.Refresh()
	w.Content().Refresh()
	w.Resize(fyne.NewSize(1281, 800)) // lay out again
	th := k.Theme()
	need := fyne.MeasureText("All kinds (120000)", th.Size(theme.SizeNameText), fyne.TextStyle{}).Width +
		4*th.Size(theme.SizeNameInnerPadding) + th.Size(theme.SizeNameInlineIcon)
	if got := k.Size().Width; got < need {
		t.Errorf("the kind menu is %.0f wide, its longest choice needs %.0f", got, need)
	}
}
