package ui

import (
	"image/color"

	"fyne.io/fyne/v2"

	"github.com/zhibiao/zhibiao/data/figure"
)

// kindLabel names a kind of figure for the interface.
func kindLabel(k figure.Kind) string {
	switch k {
	case figure.Level:
		return tr("Amount")
	case figure.Growth:
		return tr("Growth")
	case figure.Share:
		return tr("Share")
	case figure.PPChange:
		return tr("Points")
	case figure.Count:
		return tr("Count")
	case figure.Physical:
		return tr("Physical")
	case figure.Rank:
		return tr("Rank")
	case figure.Multiple:
		return tr("Multiple")
	}
	return string(k)
}

// kindColorName is the theme colour that marks a kind of figure in the text.
func kindColorName(k figure.Kind) fyne.ThemeColorName {
	return fyne.ThemeColorName("zhibiao.kind." + string(k))
}

// kindColors are the highlight backgrounds of figures by kind, light and
// dark: soft enough that the text on them stays easy to read, distinct
// enough to tell growth from amounts at a glance.
var kindColors = map[figure.Kind][2]color.NRGBA{
	figure.Level:    {{0xd6, 0xe6, 0xff, 0xff}, {0x1d, 0x3b, 0x66, 0xff}},
	figure.Growth:   {{0xd4, 0xf2, 0xd9, 0xff}, {0x1c, 0x4d, 0x2a, 0xff}},
	figure.Share:    {{0xec, 0xdc, 0xff, 0xff}, {0x44, 0x2a, 0x66, 0xff}},
	figure.PPChange: {{0xcf, 0xf0, 0xee, 0xff}, {0x16, 0x4a, 0x48, 0xff}},
	figure.Count:    {{0xff, 0xe9, 0xc7, 0xff}, {0x5c, 0x40, 0x12, 0xff}},
	figure.Physical: {{0xee, 0xe2, 0xd6, 0xff}, {0x4d, 0x3b, 0x2b, 0xff}},
	figure.Rank:     {{0xff, 0xd9, 0xe1, 0xff}, {0x66, 0x22, 0x33, 0xff}},
	figure.Multiple: {{0xe2, 0xe6, 0xea, 0xff}, {0x3a, 0x41, 0x48, 0xff}},
}

// kindColor resolves a kind colour name; ok is false for other names.
func kindColor(n fyne.ThemeColorName, dark bool) (color.Color, bool) {
	for k, c := range kindColors {
		if kindColorName(k) == n {
			if dark {
				return c[1], true
			}
			return c[0], true
		}
	}
	return nil, false
}
