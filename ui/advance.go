package ui

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// advances knows how wide each character of the CJK font is, in ems, so
// the reader can break lines itself without asking the renderer to shape
// every character. It reads the font's metrics table directly.
type advances struct {
	font *sfnt.Font
	mu   sync.Mutex
	buf  sfnt.Buffer
	ems  map[rune]float32
	// line is the height of a line of text in ems (ascent, descent and
	// line gap), as Fyne sizes a text object.
	line float32
}

func newAdvances(ttf []byte) (*advances, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("parse font metrics: %w", err)
	}
	a := &advances{font: f, ems: map[rune]float32{}}
	upem := fixed.Int26_6(f.UnitsPerEm()) << 6
	m, err := f.Metrics(&a.buf, upem, font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("read font metrics: %w", err)
	}
	a.line = float32(m.Height) / float32(upem)
	return a, nil
}

// em returns the advance of r in ems. Characters the font lacks, and the
// tab, measure as a space would.
func (a *advances) em(r rune) float32 {
	a.mu.Lock()
	defer a.mu.Unlock()
	if w, ok := a.ems[r]; ok {
		return w
	}
	upem := fixed.Int26_6(a.font.UnitsPerEm()) << 6
	w := float32(0.3)
	if i, err := a.font.GlyphIndex(&a.buf, r); err == nil && i != 0 {
		if adv, err := a.font.GlyphAdvance(&a.buf, i, upem, font.HintingNone); err == nil {
			w = float32(adv) / float32(upem)
		}
	}
	a.ems[r] = w
	return w
}
