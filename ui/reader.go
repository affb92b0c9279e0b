package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// Reader shows one article: title, a metadata line, and its paragraphs, one
// rich-text widget each (Fyne lays out one huge text slowly). It keeps the
// highlights of find matches and of a marked passage.
type Reader struct {
	article *corpus.Article
	size    float32    // reading text size in points
	base    fyne.Theme // the application theme the reading theme refines
	adv     *advances  // character widths of the font, for line breaking

	title, subtitle *textBlock
	meta            *textBlock
	paras           []*textBlock
	column          *fyne.Container // title, meta and paragraphs, top to bottom
	scroll          *wheelScroll
	frame           *fyne.Container // the scroll, culling lines out of view

	find    findState
	marked  *textRange     // a passage marked for the user (a search hit, a figure)
	sel     *selection     // text the user selected with the pointer
	figures [][]figureSpan // per paragraph: the figures written in it

	// HideMinor leaves the minor figures (figure.Figure.Minor) unmarked, as
	// the figures table leaves them unlisted: a figure marked in the text
	// is one the table lists. SetFigures reads it.
	HideMinor bool

	// OnFigureTapped is told the index of a figure the user clicked in the
	// text (an index into the list given to SetFigures).
	OnFigureTapped func(i int)

	// OnScrolled is told the paragraph at the top of the view when the user
	// scrolls, so the position can be remembered.
	OnScrolled func(paragraph int)
	// OnCopy puts text on the clipboard (the window's, in the app).
	OnCopy func(text string)
	// OnSelecting is told when the user starts selecting text, so that the
	// window can take the keyboard focus from a text box: Copy then copies
	// the selection.
	OnSelecting func()
	// RegionChain names the article's region with its parents for the
	// metadata line (河南省 › 焦作市 › 马村区); nil shows the region alone.
	RegionChain func(a *corpus.Article) string
	// OnMetaTapped is told when the user taps the metadata line: the
	// window shows the article's properties.
	OnMetaTapped func()
}

// textRange is a span of one paragraph's display text.
type textRange struct{ para, start, end int }

func newReader(size float32, base fyne.Theme, adv *advances) *Reader {
	r := &Reader{size: size, base: base, adv: adv}
	r.column = container.New(&readingLayout{reader: r})
	r.scroll = newWheelScroll(r.column, func() float32 { return r.size * lineHeight })
	r.scroll.OnScrolled = func(fyne.Position) {
		r.cull()
		if r.OnScrolled != nil && r.article != nil {
			r.OnScrolled(r.TopParagraph())
		}
	}
	// The frame tells the paragraphs when the view's height changes, which
	// may not lay out the column again.
	r.frame = container.New(cullLayout{r}, r.scroll)
	return r
}

// CanvasObject is the reader as a widget to place in a layout.
func (r *Reader) CanvasObject() fyne.CanvasObject { return r.frame }

// viewMargin is how far beyond the view, in views, lines are drawn ahead
// of scrolling.
const viewMargin = 0.25

// inView is a paragraph's view (see textBlock.view): the scrolled view
// and a margin, in the paragraph's coordinates.
func (r *Reader) inView(t *textBlock) (top, bottom float32) {
	h := r.scroll.Size().Height
	y := r.scroll.Offset.Y - t.Position().Y
	return y - viewMargin*h, y + (1+viewMargin)*h
}

// cull draws the lines that scrolled into view and drops those that left.
func (r *Reader) cull() {
	for _, o := range r.column.Objects {
		if t, ok := o.(*textBlock); ok {
			t.recull()
		}
	}
}

// cullLayout gives the scroll all the space and culls the paragraphs'
// lines for the view's new size.
type cullLayout struct{ r *Reader }

func (l cullLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
	l.r.cull()
}

func (l cullLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Article is the article shown, or nil.
func (r *Reader) Article() *corpus.Article { return r.article }

// Forget lets go of the article shown: it is no longer the library's (it
// was removed, or replaced by a new version), so that the next Show
// shows it even when it is the same. The text stays until then.
func (r *Reader) Forget() { r.article = nil }

// Show replaces the article and scrolls to its top.
func (r *Reader) Show(a *corpus.Article) {
	r.article = a
	r.find = findState{query: r.find.query}
	r.marked = nil
	r.sel = nil
	r.figures = nil
	r.title = r.newBlock(shownTitle(a.Title, a.ID), sizeReadingTitle, theme.ColorNameForeground)
	r.subtitle = r.newBlock(a.Subtitle, sizeReadingHead, colorMuted)
	r.meta = r.newBlock(metaLine(a, r.region(a)), sizeReadingSmall, colorMuted)
	r.meta.OnTapped = func(int) {
		if r.OnMetaTapped != nil {
			r.OnMetaTapped()
		}
	}
	r.paras = make([]*textBlock, len(a.Paragraphs))
	objs := []fyne.CanvasObject{r.title}
	if a.Subtitle != "" {
		objs = append(objs, r.subtitle)
	}
	objs = append(objs, r.meta, widget.NewSeparator())
	for i, p := range a.Paragraphs {
		size, base := sizeReading, fyne.ThemeColorName(theme.ColorNameForeground)
		switch p.Kind {
		case corpus.Heading:
			size = sizeReadingHead
		case corpus.Caption, corpus.Furniture:
			size, base = sizeReadingSmall, colorMuted
		}
		t := r.newBlock(p.Text, size, base)
		t.OnSecondary = func(ev *fyne.PointEvent) { r.paragraphMenu(i, ev) }
		t.OnTapped = func(off int) { r.tapped(i, off) }
		t.OnDragged = r.dragged
		t.OnDragEnd = r.dragEnd
		r.paras[i] = t
		objs = append(objs, t)
	}
	if len(a.Paragraphs) == 0 {
		// An empty file, or a page all markup: say so, rather than show
		// a blank column the user takes for a fault of the window.
		objs = append(objs, r.newBlock(tr("This file has no text."), sizeReading, colorMuted))
	}
	r.column.Objects = objs
	if r.find.query != "" {
		r.find.search(a, r.find.query)
	}
	r.renderAll()
	r.column.Refresh()
	r.scroll.ScrollToTop()
	r.cull()
}

// region is the article's region as the metadata line names it.
func (r *Reader) region(a *corpus.Article) string {
	if r.RegionChain != nil {
		return r.RegionChain(a)
	}
	return a.Region
}

// RefreshMeta sets the metadata line again: the region's parents became
// known.
func (r *Reader) RefreshMeta() {
	if r.article != nil && r.meta != nil {
		r.meta.setText(metaLine(r.article, r.region(r.article)), nil)
	}
}

// metaLine is date (and year) · source · region, leaving out what is
// unknown.
func metaLine(a *corpus.Article, region string) string {
	// The year too: an undated report of 2023 said only "undated" here
	// while its row in the list, and every figure, said 2023.
	parts := whenParts(a.Date.String(), a.Year)
	for _, s := range []string{a.Source, region} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// renderParagraph repaints the highlights of paragraph i.
func (r *Reader) renderParagraph(i int) {
	r.paras[i].setSpans(r.highlights(i))
}

// highlights lists the coloured spans of paragraph i: find matches, the
// current one distinct, and the marked passage.
func (r *Reader) highlights(i int) []span {
	var spans []span
	if i < len(r.figures) {
		for _, f := range r.figures[i] {
			spans = append(spans, span{start: f.start, end: f.end, bg: kindColorName(f.kind)})
		}
	}
	// Matches are in reading order: those of paragraph i are a run, found
	// by halving (a scan of every match for every paragraph took seconds
	// on a 10 MB article).
	ms := r.find.matches
	first := sort.Search(len(ms), func(k int) bool { return ms[k].para >= i })
	for k := first; k < len(ms) && ms[k].para == i; k++ {
		m := ms[k]
		bg := colorMatch
		if k == r.find.current {
			bg = colorMatchCurrent
		}
		spans = append(spans, span{start: m.start, end: m.end, color: colorOnMatch, bg: bg})
	}
	if r.marked != nil && r.marked.para == i {
		spans = append(spans, span{start: r.marked.start, end: r.marked.end, color: colorOnMarked, bg: colorMarked})
	}
	if s, ok := r.selectionSpan(i); ok {
		spans = append(spans, s)
	}
	return spans
}

func (r *Reader) renderAll() {
	for i := range r.paras {
		r.renderParagraph(i)
	}
}

// SetTextSize changes the reading text size; the view keeps its paragraph.
func (r *Reader) SetTextSize(size float32) {
	top := r.TopParagraph()
	r.size = size
	r.column.Refresh() // paragraphs break their lines again at the new size
	r.ScrollToParagraph(top)
}

// setBaseTheme follows a change of the application theme (light or dark).
func (r *Reader) setBaseTheme(t fyne.Theme) {
	r.base = t
	r.column.Refresh()
}

// newBlock makes a paragraph of the reading column. Its size follows the
// reader's text size. (A theme override would do that too, but Fyne parses
// the whole 4.6 MB font again for every theme scope.)
func (r *Reader) newBlock(text string, size fyne.ThemeSizeName, color fyne.ThemeColorName) *textBlock {
	t := newTextBlock(text, size, color, r.adv)
	t.inReader(r.inView, func(n fyne.ThemeSizeName) float32 {
		v, _ := readingSize(n, r.size)
		return v
	})
	return t
}

// TopParagraph is the index of the first paragraph visible at the top of
// the view: the position to remember, robust to a change of width or size.
func (r *Reader) TopParagraph() int {
	y := r.scroll.Offset.Y
	top := 0
	for i, p := range r.paras {
		if p.Position().Y+p.Size().Height > y {
			return i
		}
		top = i
	}
	return top
}

// ScrollToParagraph brings paragraph i to the top of the view.
func (r *Reader) ScrollToParagraph(i int) {
	if i < 0 || i >= len(r.paras) {
		return
	}
	r.column.Refresh() // lay out first, so positions are current
	r.scrollTo(r.paras[i].Position().Y - theme.Padding())
}

// scrollToRange brings a highlighted range into view, a third of the way
// down, estimating its line within the paragraph from its byte position.
func (r *Reader) scrollToRange(t textRange) {
	if t.para < 0 || t.para >= len(r.paras) {
		return
	}
	// The column is laid out already (Show, a resize, a text size do
	// it): laying out every paragraph again took most of a find's time on
	// a 10 MB article.
	p := r.paras[t.para]
	frac := float32(0)
	if n := len(r.article.Paragraphs[t.para].Text); n > 0 {
		frac = float32(t.start) / float32(n)
	}
	y := p.Position().Y + frac*p.Size().Height
	r.scrollTo(y - r.scroll.Size().Height/3)
}

func (r *Reader) scrollTo(y float32) {
	max := r.scroll.Content.MinSize().Height - r.scroll.Size().Height
	// ScrollToOffset moves the content without laying it out again, as
	// Refresh would.
	r.scroll.ScrollToOffset(fyne.NewPos(r.scroll.Offset.X, clampF(y, 0, max)))
	r.cull()
}

func clampF(v, lo, hi float32) float32 {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// Mark highlights the raw byte span [start,end) of the article (a search
// hit, a figure) and scrolls to it. It returns false when the span lies in
// no paragraph.
func (r *Reader) Mark(start, end int) bool {
	if r.article == nil {
		return false
	}
	i := r.article.ParagraphAt(start)
	if i < 0 {
		return false
	}
	p := &r.article.Paragraphs[i]
	r.setMarked(&textRange{para: i, start: p.TextOffset(start), end: p.TextOffset(min(end, p.End))})
	r.scrollToRange(*r.marked)
	return true
}

// readingLayout stacks the title, metadata and paragraphs in a column
// centred in the view and kept to a comfortable measure: about 38
// characters of the current size, as in a printed book.
type readingLayout struct {
	reader *Reader
	avail  float32 // the width offered at the last layout
}

func (l *readingLayout) columnWidth(avail float32) float32 {
	maxW := l.reader.size*38 + 2*theme.InnerPadding()
	if avail <= 0 {
		return maxW
	}
	// Keep clear of the scroll bar, which Fyne draws over the content.
	return min(avail-2*(theme.Padding()+theme.ScrollBarSize()), maxW)
}

// height of an object at the column width: paragraphs know theirs exactly.
func height(o fyne.CanvasObject, w float32) float32 {
	if t, ok := o.(*textBlock); ok {
		return t.heightFor(w)
	}
	return o.MinSize().Height
}

func (l *readingLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.avail = size.Width
	w := l.columnWidth(size.Width)
	x, y := (size.Width-w)/2, theme.Padding()
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Move(fyne.NewPos(x, y))
		if _, ok := o.(*textBlock); !ok {
			o.Resize(fyne.NewSize(w, o.Size().Height)) // width first: a wrapped label's height depends on it
		}
		h := height(o, w)
		o.Resize(fyne.NewSize(w, h))
		y += h + theme.Padding()
	}
	l.reader.cull() // paragraphs may have moved without changing size
}

func (l *readingLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.columnWidth(l.avail)
	y := theme.Padding()
	for _, o := range objs {
		if o.Visible() {
			y += height(o, w) + theme.Padding()
		}
	}
	return fyne.NewSize(min(w, l.reader.size*10), y)
}

// paragraphMenu offers to copy the selection, the paragraph or the title:
// quoting is what readers of reports do.
func (r *Reader) paragraphMenu(i int, ev *fyne.PointEvent) {
	if r.OnCopy == nil {
		return
	}
	p := r.article.Paragraphs[i]
	var items []*fyne.MenuItem
	if sel := r.SelectedText(); sel != "" {
		items = append(items, &fyne.MenuItem{Label: tr("Copy"), Shortcut: &fyne.ShortcutCopy{}, Action: func() { r.OnCopy(sel) }})
	}
	items = append(items,
		fyne.NewMenuItem(tr("Copy Paragraph"), func() { r.OnCopy(p.Text) }),
		fyne.NewMenuItem(tr("Copy Title"), func() { r.OnCopy(r.article.Title) }),
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: tr("Select All"), Shortcut: &fyne.ShortcutSelectAll{}, Action: r.SelectAll},
	)
	menu := fyne.NewMenu("", items...)
	c := fyne.CurrentApp().Driver().CanvasForObject(r.paras[i])
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(menu, c, ev.AbsolutePosition)
}

// figureSpan is a figure's place in a paragraph's display text.
type figureSpan struct {
	start, end int
	kind       figure.Kind
	index      int // into the list given to SetFigures
}

// SetFigures marks the figures written in the text with their kind's
// colour. Derived figures are not written, so they are not marked; nor
// are minor ones while HideMinor is set.
func (r *Reader) SetFigures(figs []figure.Figure) {
	if r.article == nil {
		return
	}
	r.figures = make([][]figureSpan, len(r.article.Paragraphs))
	for k, f := range figs {
		if f.Derived || f.Minor && r.HideMinor {
			continue
		}
		i := r.article.ParagraphAt(f.Start)
		if i < 0 {
			continue
		}
		p := &r.article.Paragraphs[i]
		if f.Start < p.Start {
			continue // between paragraphs: cannot happen for a written figure
		}
		r.figures[i] = append(r.figures[i], figureSpan{p.TextOffset(f.Start), p.TextOffset(min(f.End, p.End)), f.Kind, k})
	}
	r.renderAll()
}

// tapped finds the figure under a click in paragraph i, if any.
func (r *Reader) tapped(i, off int) {
	r.clearSelection()
	if i >= len(r.figures) || r.OnFigureTapped == nil {
		return
	}
	for _, f := range r.figures[i] {
		if f.start <= off && off < f.end {
			// The clicked figure is the one marked now, without
			// scrolling: it is under the pointer already.
			r.setMarked(&textRange{para: i, start: f.start, end: f.end})
			r.OnFigureTapped(f.index)
			return
		}
	}
}

// setMarked marks a range instead of the one marked before, if any.
func (r *Reader) setMarked(t *textRange) {
	old := r.marked
	r.marked = t
	if old != nil && old.para != t.para && old.para < len(r.paras) {
		r.renderParagraph(old.para)
	}
	r.renderParagraph(t.para)
}
