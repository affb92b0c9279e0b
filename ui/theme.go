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
)

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
	switch n {
	// Highlight backgrounds: the text stays in the foreground colour, so
	// they are light on a light page and deep on a dark one.
	case colorMatch:
		if dark {
			return color.NRGBA{R: 0x6b, G: 0x55, B: 0x10, A: 0xff}
		}
		return color.NRGBA{R: 0xff, G: 0xe8, B: 0x80, A: 0xff}
	case colorMatchCurrent:
		if dark {
			return color.NRGBA{R: 0xb0, G: 0x4a, B: 0x00, A: 0xff}
		}
		return color.NRGBA{R: 0xff, G: 0xa0, B: 0x3c, A: 0xff}
	case colorMarked:
		if dark {
			return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x8c, A: 0xff}
		}
		return color.NRGBA{R: 0xc4, G: 0xdc, B: 0xff, A: 0xff}
	case colorMuted:
		if dark {
			return color.NRGBA{R: 0xa0, G: 0xa4, B: 0xab, A: 0xff}
		}
		return color.NRGBA{R: 0x5f, G: 0x63, B: 0x68, A: 0xff}
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
