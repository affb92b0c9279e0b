package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/assets"
)

// ThemeMode is the user's choice of light, dark or whatever the system uses.
type ThemeMode string

const (
	ThemeSystem ThemeMode = "system"
	ThemeLight  ThemeMode = "light"
	ThemeDark   ThemeMode = "dark"
)

// Colour names the reader uses on top of Fyne's own.
const (
	colorMatch        fyne.ThemeColorName = "zhibiao.match"
	colorMatchCurrent fyne.ThemeColorName = "zhibiao.matchCurrent"
	colorMarked       fyne.ThemeColorName = "zhibiao.marked"
	colorMuted        fyne.ThemeColorName = "zhibiao.muted"
	// Text on the strong highlights above, which are saturated so as not
	// to be taken for a kind's pastel.
	colorOnMarked fyne.ThemeColorName = "zhibiao.onMarked"
	colorOnMatch  fyne.ThemeColorName = "zhibiao.onMatch"
)

// readerColors are the colours the theme adds or changes, light and dark.
// The marked figure and the find matches are saturated, with text in a
// contrasting colour, so that they stand apart from the pastel kind
// colours (the marked blue was once the amounts' blue, the match yellow
// the counts' orange). Warning is what derived rows are written in: Fyne's
// orange on white has a contrast of 2:1, this brown 7:1 (and 5:1 on a
// selected row); WCAG asks 4.5:1. Disabled is what a greyed control's
// text is drawn in (Compare's view menu with nothing to draw, a picker
// waiting for the library): Fyne's is 1.3:1 on its light inputs and 1.4:1
// on its dark ones, which left the control all but invisible, not greyed;
// these are 3:1 and 4:1, still well below the text's 15:1.
var readerColors = map[fyne.ThemeColorName][2]color.NRGBA{
	colorMatch:              {{0xff, 0xd6, 0x0a, 0xff}, {0xff, 0xd6, 0x0a, 0xff}},
	colorMatchCurrent:       {{0xff, 0x7a, 0x1a, 0xff}, {0xff, 0x8c, 0x1a, 0xff}},
	colorOnMatch:            {{0x11, 0x11, 0x11, 0xff}, {0x11, 0x11, 0x11, 0xff}},
	colorMarked:             {{0x1f, 0x5f, 0xd1, 0xff}, {0x8a, 0xb4, 0xff, 0xff}},
	colorOnMarked:           {{0xff, 0xff, 0xff, 0xff}, {0x11, 0x11, 0x11, 0xff}},
	colorMuted:              {{0x5f, 0x63, 0x68, 0xff}, {0xa0, 0xa4, 0xab, 0xff}},
	theme.ColorNameWarning:  {{0x8a, 0x41, 0x00, 0xff}, {0xff, 0xab, 0x40, 0xff}},
	theme.ColorNameDisabled: {{0x8a, 0x8a, 0x8a, 0xff}, {0x80, 0x80, 0x84, 0xff}},
}

// Size names of the reading column, scaled by the user's text size.
const (
	sizeReading      fyne.ThemeSizeName = "zhibiao.reading"
	sizeReadingTitle fyne.ThemeSizeName = "zhibiao.readingTitle"
	sizeReadingHead  fyne.ThemeSizeName = "zhibiao.readingHeading"
	sizeReadingSmall fyne.ThemeSizeName = "zhibiao.readingSmall"
)

// cjkFont is the embedded CJK font as a Fyne resource; Fyne's bundled font
// has no Chinese.
var cjkFont = fyne.NewStaticResource("wqy-microhei.ttf", assets.Font)

// appTheme is Fyne's default theme with the CJK font, the user's light/dark
// choice, and the reader's colours.
type appTheme struct {
	mode ThemeMode
}

func newAppTheme(mode ThemeMode) fyne.Theme { return appTheme{mode: mode} }

func (t appTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
	}
	return v
}

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	// Judge darkness by the ground, not the variant's name: test drivers
	// and future Fyne versions have variants beyond light and dark.
	r, g, b, _ := theme.DefaultTheme().Color(theme.ColorNameBackground, v).RGBA()
	dark := r+g+b < 3*0x8000
	if c, ok := readerColors[n]; ok {
		if dark {
			return c[1]
		}
		return c[0]
	}
	if c, ok := kindColor(n, dark); ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t appTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	return cjkFont
}

func (t appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t appTheme) Size(n fyne.ThemeSizeName) float32 {
	if v, ok := readingSize(n, baseReadingSize); ok {
		return v
	}
	return theme.DefaultTheme().Size(n)
}

// Text sizes of the reading column: the base is what Ctrl+0 restores.
const (
	baseReadingSize = 16
	minReadingSize  = 11
	maxReadingSize  = 32
)

// readingSize gives the reading column's sizes for a body size. They are
// whole points: Fyne draws text at the next whole size up, and the reader
// breaks lines by the font's metrics at the size it asks for, so a
// fractional size would make lines overflow the column.
func readingSize(n fyne.ThemeSizeName, body float32) (float32, bool) {
	var v float32
	switch n {
	case sizeReading:
		v = body
	case sizeReadingSmall:
		v = body * 0.82
	case sizeReadingHead:
		v = body * 1.15
	case sizeReadingTitle:
		v = body * 1.5
	default:
		return 0, false
	}
	return float32(math.Round(float64(v))), true
}

// isDark tells whether the window is dark, whichever way it came to be.
func (m *Main) isDark() bool {
	r, g, b, _ := m.app.Settings().Theme().Color(theme.ColorNameBackground, m.app.Settings().ThemeVariant()).RGBA()
	return r+g+b < 3*0x8000
}
