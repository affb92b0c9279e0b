package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// A greyed control — Compare's view menu with nothing to draw — is read
// as greyed, not missing: its text has a contrast of at least 3:1 on an
// input's ground and on the window's (Fyne's own was 1.4:1 in the dark
// theme and 1.3:1 in the light), and stays well apart from live text.
func TestDisabledTextLegible(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		th := newAppTheme(mode)
		v := theme.VariantLight
		dis := th.Color(theme.ColorNameDisabled, v)
		for _, ground := range []fyne.ThemeColorName{theme.ColorNameInputBackground, theme.ColorNameBackground} {
			bg := over(th.Color(ground, v), th.Color(theme.ColorNameBackground, v))
			if c := contrast(dis, bg); c < 3 {
				t.Errorf("%s: disabled text on %s has contrast %.2f, want 3:1", mode, ground, c)
			}
		}
		if c := contrast(dis, th.Color(theme.ColorNameForeground, v)); c < 2 {
			t.Errorf("%s: disabled text is %.2f:1 from live text: not greyed", mode, c)
		}
	}
}
