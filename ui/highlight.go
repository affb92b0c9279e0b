package ui

import (
	"sort"

	"fyne.io/fyne/v2"
)

// span colours bytes [start,end) of a paragraph's text: the text in color
// (empty: unchanged) on a background of bg (empty: none). Later spans in a
// list win where spans overlap, so callers list the most important last.
type span struct {
	start, end int
	color, bg  fyne.ThemeColorName
}

// styledRuns cuts text into runs of one colour each. The base colour is
// used where no span applies.
func styledRuns(text string, spans []span, base fyne.ThemeColorName) []run {
	if len(spans) == 0 {
		return []run{{text: text, color: base}}
	}
	// Boundaries where the colour may change.
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, clamp(s.start, 0, len(text)), clamp(s.end, 0, len(text)))
	}
	sort.Ints(cuts)
	var out []run
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		c := base
		for _, s := range spans {
			if s.start <= a && b <= s.end && s.color != "" {
				c = s.color
			}
		}
		if n := len(out); n > 0 && out[n-1].color == c {
			out[n-1].text += text[a:b]
			continue
		}
		out = append(out, run{text: text[a:b], color: c, offset: a})
	}
	return out
}

type run struct {
	text   string
	color  fyne.ThemeColorName
	offset int // of text in the string the runs were cut from
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
