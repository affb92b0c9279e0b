package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"
)

// findState is the find-in-article query and its matches, in reading order.
type findState struct {
	query   string
	matches []textRange
	current int // index into matches; -1 when there are none
	// folded are the paragraphs' texts with Latin letters folded, made
	// once per article rather than at every keystroke.
	folded     []string
	foldedFrom *corpus.Article
}

// search finds every occurrence of q in the article's paragraphs. Latin
// letters match regardless of case; lines joined where the source wrapped
// them match across the break, since matching runs on the display text.
func (f *findState) search(a *corpus.Article, q string) {
	f.query, f.matches, f.current = q, nil, -1
	if q == "" || a == nil {
		return
	}
	fold := segment.FoldASCII(q)
	if f.foldedFrom != a {
		f.folded, f.foldedFrom = make([]string, len(a.Paragraphs)), a
		for i, p := range a.Paragraphs {
			f.folded[i] = segment.FoldASCII(p.Text)
		}
	}
	for i, text := range f.folded {
		for off := 0; ; {
			j := strings.Index(text[off:], fold)
			if j < 0 {
				break
			}
			start := off + j
			f.matches = append(f.matches, textRange{para: i, start: start, end: start + len(fold)})
			off = start + max(len(fold), 1)
		}
	}
	if len(f.matches) > 0 {
		f.current = 0
	}
}

// FindQuery is the find-in-article query, "" for none.
func (r *Reader) FindQuery() string { return r.find.query }

// Find runs a find-in-article query, highlights all matches and scrolls to
// the first. It returns the number of matches.
func (r *Reader) Find(q string) int {
	old := r.find.matches
	r.find.search(r.article, q)
	r.rerender(old, r.find.matches)
	r.showCurrent()
	return len(r.find.matches)
}

// FindStep moves to the next (+1) or previous (-1) match, wrapping round,
// and returns the 1-based position of the current match and the count.
func (r *Reader) FindStep(delta int) (pos, count int) {
	n := len(r.find.matches)
	if n == 0 {
		return 0, 0
	}
	prev := r.find.matches[r.find.current]
	r.find.current = ((r.find.current+delta)%n + n) % n
	r.renderParagraph(prev.para)
	r.renderParagraph(r.find.matches[r.find.current].para)
	r.showCurrent()
	return r.find.current + 1, n
}

// FindPosition returns the 1-based position of the current match and the
// number of matches.
func (r *Reader) FindPosition() (pos, count int) {
	return r.find.current + 1, len(r.find.matches)
}

func (r *Reader) showCurrent() {
	if r.find.current >= 0 {
		r.scrollToRange(r.find.matches[r.find.current])
	}
}

// rerender refreshes the paragraphs whose highlights changed.
func (r *Reader) rerender(lists ...[]textRange) {
	done := map[int]bool{}
	for _, l := range lists {
		for _, m := range l {
			if !done[m.para] {
				done[m.para] = true
				r.renderParagraph(m.para)
			}
		}
	}
}

// findBar is the find-in-article strip above the reader: a query box, the
// match count, previous and next, close.
type findBar struct {
	reader *Reader
	entry  *findEntry
	count  *widget.Label
	box    *fyne.Container
	// layout is the container the bar sits in: it must lay out again when
	// the bar appears or goes.
	layout *fyne.Container
	// OnClose is called after the bar hides, to give focus back.
	OnClose func()
}

func newFindBar(r *Reader) *findBar {
	b := &findBar{reader: r, count: widget.NewLabel("")}
	b.entry = newFindEntry(b)
	b.entry.SetPlaceHolder(tr("Find in article"))
	b.entry.OnChanged = func(q string) { b.run(q) }
	b.entry.OnSubmitted = func(string) { b.step(1) }
	prev := newIconButton(theme.MoveUpIcon(), func() { b.step(-1) })
	next := newIconButton(theme.MoveDownIcon(), func() { b.step(1) })
	closeBtn := newIconButton(theme.CancelIcon(), b.Hide)
	b.box = container.NewBorder(nil, nil, nil, container.NewHBox(b.count, prev, next, closeBtn), b.entry)
	b.box.Hide()
	return b
}

func (b *findBar) run(q string) {
	b.reader.Find(q)
	b.updateCount()
}

func (b *findBar) step(delta int) {
	b.reader.FindStep(delta)
	b.updateCount()
}

func (b *findBar) updateCount() {
	pos, n := b.reader.FindPosition()
	switch {
	case b.reader.FindQuery() == "":
		b.count.SetText("")
	case n == 0:
		b.count.SetText(tr("No matches"))
	default:
		b.count.SetText(tr("{{.Pos}} of {{.Count}}", map[string]any{"Pos": pos, "Count": n}))
	}
	b.box.Refresh() // the count's width changed
}

// around puts the bar above content, in a container that lays out again
// when the bar appears or goes.
func (b *findBar) around(content fyne.CanvasObject) fyne.CanvasObject {
	b.layout = container.NewBorder(b.box, nil, nil, nil, content)
	return b.layout
}

// visible says whether the bar is open.
func (b *findBar) visible() bool { return b.box.Visible() }

// again finds the query again, in an article just shown, if the bar is open.
func (b *findBar) again() {
	if b.visible() {
		b.run(b.entry.Text)
	}
}

// Show opens the bar and puts the cursor in it, with the query selected.
func (b *findBar) Show(c fyne.Canvas) {
	b.box.Show()
	b.relayout()
	c.Focus(b.entry)
	b.entry.selectAll()
}

func (b *findBar) relayout() {
	if b.layout != nil {
		b.layout.Refresh()
	}
}

// Hide closes the bar and clears the highlights.
func (b *findBar) Hide() {
	b.box.Hide()
	b.relayout()
	b.reader.Find("")
	b.count.SetText("")
	if b.OnClose != nil {
		b.OnClose()
	}
}

// findEntry is an entry that closes the bar on Escape and steps back on
// the arrow keys step through the matches.
type findEntry struct {
	widget.Entry
	bar *findBar
}

func newFindEntry(b *findBar) *findEntry {
	e := &findEntry{bar: b}
	e.ExtendBaseWidget(e)
	return e
}

func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		e.bar.Hide()
	case fyne.KeyUp:
		e.bar.step(-1)
	case fyne.KeyDown:
		e.bar.step(1)
	default:
		e.Entry.TypedKey(k)
	}
}

func (e *findEntry) selectAll() {
	e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}
