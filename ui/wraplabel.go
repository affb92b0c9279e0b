package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapLabel is a label whose text wraps by the rules of Chinese line
// breaking (linebreak.go), as the reader's text does, rewrapped when
// resized. Fyne's word wrap breaks Chinese, which has no spaces, between
// any two characters: the panel's explanation of a figure read
// 增速达12. | 5% and 121.7 | %, and a line began with ·.
type wrapLabel struct {
	widget.Label
	full   string // the text as set, without the breaks added to wrap it
	widths runeWidths
}

func newWrapLabel(text string) *wrapLabel {
	l := &wrapLabel{widths: runeWidths{}}
	l.Wrapping = fyne.TextWrapWord // only if a line is still too wide (a font's kerning)
	l.ExtendBaseWidget(l)
	l.SetText(text)
	return l
}

// SetText sets the whole text; the label shows it broken into lines that
// fit its width.
func (l *wrapLabel) SetText(s string) {
	l.full = s
	l.rewrap(l.Size().Width)
}

func (l *wrapLabel) Resize(s fyne.Size) {
	l.Label.Resize(s)
	l.rewrap(s.Width)
}

func (l *wrapLabel) rewrap(w float32) {
	text := l.full
	if w > 0 {
		// A pixel to spare: the label measures a line shaped, we sum
		// its characters.
		text = wrapText(l.full, w-2*theme.InnerPadding()-1, l.widths.width)
	}
	if text != l.Label.Text {
		l.Label.SetText(text)
	}
}

// wrapText breaks each line of s into lines no wider than avail, at the
// places Chinese line breaking allows: between two Chinese characters,
// never inside a number with its unit (12.5%, 8.6亿元) or a Latin word,
// never before closing punctuation. Spaces at the ends of the lines made
// are dropped.
func wrapText(s string, avail float32, width func(rune) float32) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		if para == "" || fitWidthOf(para, width) <= avail {
			out = append(out, para)
			continue
		}
		for _, l := range breakLines(para, spacesAfter(para, units(para, width)), avail) {
			out = append(out, strings.TrimSpace(para[l.start:l.end]))
		}
	}
	return strings.Join(out, "\n")
}

// spacesAfter joins each space to the unit before it, so that a line
// never starts with one, and what a space stands before keeps its rule:
// 增速 · 焦作市 does not break before its ·.
func spacesAfter(s string, us []unit) []unit {
	out := us[:0:0]
	for _, u := range us {
		if len(out) > 0 && s[u.start] == ' ' {
			out[len(out)-1].end = u.end
			out[len(out)-1].width += u.width
			continue
		}
		out = append(out, u)
	}
	return out
}
