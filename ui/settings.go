package ui

import (
	"fyne.io/fyne/v2"
)

// settings is what Zhibiao remembers between runs, kept in Fyne's
// preferences (which need the app ID of FyneApp.toml).
type settings struct {
	prefs fyne.Preferences
}

const (
	prefLastArticle  = "reader.lastArticle"
	prefPositionPfx  = "reader.position." // + article id: top paragraph
	prefTextSize     = "reader.textSize"
	prefTheme        = "view.theme"
	prefLanguage     = "view.language"
	prefShowMinor    = "view.showMinor" // the figures table lists minor figures
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefSplitLibrary = "window.split.library" // the library's share of the window
	prefSplitReader  = "window.split.reader"  // the reader's share of what the library leaves
)

// defaultSplits are the library's and the reader's shares at first: at
// 1280 px the panel then fits its figures table in either language.
const defaultLibrarySplit, defaultReaderSplit = 0.18, 0.54

// defaultWindowSize is the window's first size: wide enough for the
// library, a reading column and, beside it, the analysis panel.
var defaultWindowSize = fyne.NewSize(1280, 800)

func (s settings) lastArticle() string      { return s.prefs.String(prefLastArticle) }
func (s settings) setLastArticle(id string) { s.prefs.SetString(prefLastArticle, id) }

func (s settings) position(id string) int { return s.prefs.Int(prefPositionPfx + id) }
func (s settings) setPosition(id string, paragraph int) {
	s.prefs.SetInt(prefPositionPfx+id, paragraph)
}

func (s settings) textSize() float32 {
	v := float32(s.prefs.FloatWithFallback(prefTextSize, baseReadingSize))
	return clampF(v, minReadingSize, maxReadingSize)
}
func (s settings) setTextSize(v float32) { s.prefs.SetFloat(prefTextSize, float64(v)) }

func (s settings) theme() ThemeMode {
	switch m := ThemeMode(s.prefs.String(prefTheme)); m {
	case ThemeLight, ThemeDark:
		return m
	}
	return ThemeSystem
}
func (s settings) setTheme(m ThemeMode) { s.prefs.SetString(prefTheme, string(m)) }

func (s settings) language() Language {
	switch l := Language(s.prefs.String(prefLanguage)); l {
	case LangChinese, LangEnglish:
		return l
	}
	return LangSystem
}
func (s settings) setLanguage(l Language) { s.prefs.SetString(prefLanguage, string(l)) }

func (s settings) windowSize() fyne.Size {
	w := float32(s.prefs.Float(prefWindowWidth))
	h := float32(s.prefs.Float(prefWindowHeight))
	if !(w >= 400 && h >= 300) { // NaN too
		return defaultWindowSize
	}
	return fitSize(fyne.NewSize(w, h), maxWindowSize)
}

func (s settings) setWindowSize(sz fyne.Size) {
	s.prefs.SetFloat(prefWindowWidth, float64(sz.Width))
	s.prefs.SetFloat(prefWindowHeight, float64(sz.Height))
}

// splits are the window's two dividers, as Fyne's Split offsets. A divider
// dragged nearly shut comes back at its default: a panel squeezed to
// nothing would look like a missing feature next time.
func (s settings) splits() (library, reader float64) {
	library = s.prefs.FloatWithFallback(prefSplitLibrary, defaultLibrarySplit)
	reader = s.prefs.FloatWithFallback(prefSplitReader, defaultReaderSplit)
	if library < 0.05 || library > 0.5 {
		library = defaultLibrarySplit
	}
	if reader < 0.2 || reader > 0.9 {
		reader = defaultReaderSplit
	}
	return library, reader
}

func (s settings) setSplits(library, reader float64) {
	s.prefs.SetFloat(prefSplitLibrary, library)
	s.prefs.SetFloat(prefSplitReader, reader)
}

// showMinor is whether the figures table lists the minor figures; at
// first it does not.
func (s settings) showMinor() bool      { return s.prefs.Bool(prefShowMinor) }
func (s settings) setShowMinor(on bool) { s.prefs.SetBool(prefShowMinor, on) }
