package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/corpus"
)

// newTestReader shows an article in a reader filling a window of a size.
func newTestReader(t *testing.T, a *corpus.Article, size fyne.Size) *Reader {
	r, _ := newTestReaderIn(t, a, size)
	return r
}

func newTestReaderIn(t *testing.T, a *corpus.Article, size fyne.Size) (*Reader, fyne.Window) {
	t.Helper()
	app := test.NewTempApp(t)
	app.Settings().SetTheme(newAppTheme(ThemeLight))
	adv, err := newAdvances(assets.Font)
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(baseReadingSize, app.Settings().Theme(), adv)
	w := test.NewTempWindow(t, r.CanvasObject())
	w.Resize(size)
	r.Show(a)
	return r, w
}

// drawnRows counts the lines a paragraph draws text for.
func drawnRows(b *textBlock) int {
	rows := map[float32]bool{}
	for _, o := range test.WidgetRenderer(b).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			rows[txt.Position().Y] = true
		}
	}
	return len(rows)
}

// checkCulled says whether every paragraph draws what the user can see,
// and nothing a view or more away from it.
func checkCulled(t *testing.T, r *Reader, when string) {
	t.Helper()
	top := r.scroll.Offset.Y
	h := r.scroll.Size().Height
	drawnTotal, linesTotal := 0, 0
	for i, b := range r.paras {
		lines := len(b.layoutFor(b.Size().Width))
		drawn := drawnRows(b)
		drawnTotal += drawn
		linesTotal += lines
		y0, y1 := b.Position().Y, b.Position().Y+b.Size().Height
		switch {
		case y1 > top && y0 < top+h && drawn == 0:
			t.Errorf("%s: paragraph %d is in view but draws nothing", when, i)
		case y0 >= top && y1 <= top+h && drawn != lines:
			t.Errorf("%s: paragraph %d is wholly in view but draws %d of %d lines", when, i, drawn, lines)
		case (y1 < top-h || y0 > top+2*h) && drawn != 0:
			t.Errorf("%s: paragraph %d is far out of view but draws %d lines", when, i, drawn)
		}
	}
	if drawnTotal >= linesTotal {
		t.Errorf("%s: all %d lines drawn; only those in view should be", when, linesTotal)
	}
}

// Fyne rasterizes every text object that is not hidden, in view or not: the
// reader draws only the lines in view (and a little ahead), and draws
// more as the user scrolls or the window grows.
func TestReaderDrawsOnlyLinesInView(t *testing.T) {
	var long *corpus.Article
	for _, a := range articles(t) {
		if long == nil || len(a.Paragraphs) > len(long.Paragraphs) {
			long = a
		}
	}
	r := newTestReader(t, long, fyne.NewSize(700, 400))
	checkCulled(t, r, "at the top")

	r.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -1500}})
	checkCulled(t, r, "after scrolling down")

	r.ScrollToParagraph(len(r.paras) - 1)
	checkCulled(t, r, "at the last paragraph")
	if drawnRows(r.paras[0]) != 0 {
		t.Error("the first paragraph is still drawn at the end of the article")
	}

	// A taller window shows more lines without scrolling.
	r.scrollTo(0)
	below := 0 // the first paragraph not drawn
	for below < len(r.paras) && drawnRows(r.paras[below]) > 0 {
		below++
	}
	r.frame.Resize(fyne.NewSize(700, 2400))
	checkCulled(t, r, "in a taller window")
	if drawnRows(r.paras[below]) == 0 {
		t.Errorf("paragraph %d is not drawn in a taller window", below)
	}
}

// With no text box focused, the keys a reader expects scroll the article.
func TestKeysScrollReader(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	r := m.reader
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	view := r.scroll.Size().Height
	bottom := r.column.MinSize().Height - view

	key(fyne.KeyPageDown)
	if y := r.scroll.Offset.Y; y < view/2 || y > view {
		t.Errorf("Page Down scrolled to %v in a view of %v", y, view)
	}
	page := r.scroll.Offset.Y
	key(fyne.KeyDown)
	if d := r.scroll.Offset.Y - page; d <= 0 || d > view/4 {
		t.Errorf("Down scrolled by %v", d)
	}
	key(fyne.KeyEnd)
	if r.scroll.Offset.Y != bottom {
		t.Errorf("End scrolled to %v, the bottom is %v", r.scroll.Offset.Y, bottom)
	}
	checkCulled(t, r, "after End")
	if m.shell.set.position(r.Article().ID) == 0 {
		t.Error("the place reached with the keyboard is not remembered")
	}
	key(fyne.KeyHome)
	if r.scroll.Offset.Y != 0 {
		t.Errorf("Home scrolled to %v", r.scroll.Offset.Y)
	}
	key(fyne.KeySpace)
	if r.scroll.Offset.Y != page {
		t.Errorf("Space scrolled to %v, Page Down to %v", r.scroll.Offset.Y, page)
	}
}
