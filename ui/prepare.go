package ui

import "fyne.io/fyne/v2"

// Prepared is what Prepare started: the app speaks the remembered
// language in the remembered theme, and Fyne is reading the font.
type Prepared struct {
	app fyne.App
	// plainRead closes when Fyne has read the font for plain text.
	plainRead <-chan struct{}
}

// Prepare applies the remembered language and theme to the app and starts
// Fyne reading the CJK font for plain text on another core, which takes
// a tenth of a second or two. Call it as soon as the app exists and pass
// it to New (Options.Prepared): the font is then read while the library
// opens and the window system starts, rather than after the library,
// and the first frame waits less for it. New calls it when not given it.
func Prepare(a fyne.App) *Prepared {
	set := settings{prefs: a.Preferences()}
	// The theme first and the font's read started at once, before the
	// translations are parsed (up to 15 ms on a busy machine): that read
	// is what the first layout waits for, and it depends on nothing else.
	a.Settings().SetTheme(newAppTheme(set.theme()))
	p := &Prepared{app: a, plainRead: warmFont(fyne.TextStyle{})}
	if err := loadTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	// The system language too: English is written with "..." for "…".
	if err := useLanguage(set.language()); err != nil {
		fyne.LogError("language", err)
	}
	return p
}
