package ui

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lineHeight is the reader's line height in ems. Chinese reads best with
// generous leading; Fyne's own text sets lines at the font's 1.17 em.
const lineHeight = 1.75

// textBlock is one paragraph set as Chinese is set: it breaks its own lines
// (see linebreak.go), leaves generous leading, and paints highlights as
// backgrounds behind the text. Fyne's RichText breaks Chinese only where a
// line overflows, so a line could start with a full stop or split 5.0%.
type textBlock struct {
	widget.BaseWidget
	text     string
	sizeName fyne.ThemeSizeName
	color    fyne.ThemeColorName
	spans    []span
	adv      *advances
	// sizeOf gives the size of sizeName; nil asks the theme.
	sizeOf func(fyne.ThemeSizeName) float32

	// leading is the line height in ems; 0 is the reader's lineHeight.
	leading float32
	// maxLines, when above 0, is as many lines as the block shows: it is
	// always that tall, and text that needs more ends its last line with …
	// (a search result's snippet).
	maxLines int

	width    float32    // the width lines were broken for
	size     float32    // the text size they were broken at
	lines    []textLine // cached for width and size
	ellipsis bool       // the last line was cut short to maxLines

	// view, when set, gives the part of the block the user can see or
	// soon will, in the block's coordinates; lines outside it are not
	// drawn. Fyne rasterizes every text object of the window that is not
	// hidden, scrolled out of sight or not, so a long article cost its
	// whole length in glyphs before the first frame. Nil draws all.
	view  func(t *textBlock) (top, bottom float32)
	drawn rowRange // the lines the renderer drew last

	// OnTapped gets the byte offset of the character tapped.
	OnTapped func(offset int)
	// OnSecondary gets a right-click, for a context menu.
	OnSecondary func(ev *fyne.PointEvent)
	// OnDragged and OnDragEnd get the pointer dragged with a button down,
	// for selecting text; a block without them cannot be selected.
	OnDragged func(ev *fyne.DragEvent)
	OnDragEnd func()
}

func newTextBlock(text string, size fyne.ThemeSizeName, color fyne.ThemeColorName, adv *advances) *textBlock {
	t := &textBlock{text: text, sizeName: size, color: color, adv: adv}
	t.ExtendBaseWidget(t)
	return t
}

// setLines sets the line height in ems (0: the reader's lineHeight) and
// the most lines shown (0: all).
func (t *textBlock) setLines(leading float32, maxLines int) {
	t.leading, t.maxLines = leading, maxLines
}

// textOf is the block's display text.
func (t *textBlock) textOf() string { return t.text }

// inReader has the block follow the reader: its size names resolve
// through sizeOf (the reader's text size), and view gives the part of it
// on screen (see view).
func (t *textBlock) inReader(view func(*textBlock) (top, bottom float32), sizeOf func(fyne.ThemeSizeName) float32) {
	t.view, t.sizeOf = view, sizeOf
}

// setText replaces the text and its highlights, and repaints.
func (t *textBlock) setText(text string, spans []span) {
	t.text, t.lines = text, nil
	t.setSpans(spans)
}

// setSpans replaces the highlights and repaints.
func (t *textBlock) setSpans(spans []span) {
	t.spans = spans
	t.Refresh()
}

func (t *textBlock) textSize() float32 {
	if t.sizeOf != nil {
		return t.sizeOf(t.sizeName)
	}
	return theme.SizeForWidget(t.sizeName, t)
}

// layoutFor breaks lines for a width in pixels, caching the result.
func (t *textBlock) layoutFor(width float32) []textLine {
	size := t.textSize()
	if width == t.width && size == t.size && t.lines != nil {
		return t.lines
	}
	t.width, t.size = width, size
	inner := width - 2*theme.InnerPadding()
	if inner < size {
		inner = size
	}
	t.lines = breakLines(t.text, units(t.text, t.adv.em), inner/size)
	t.ellipsis = false
	if t.maxLines > 0 && len(t.lines) > t.maxLines {
		t.lines = t.lines[:t.maxLines]
		last := &t.lines[t.maxLines-1]
		// Make room for the …: drop characters from the end of the line.
		room := inner/size - t.adv.em('…')
		w := float32(0)
		end := last.start
		for i, r := range t.text[last.start:last.end] {
			if w += t.adv.em(r); w > room {
				break
			}
			end = last.start + i + utf8.RuneLen(r)
		}
		last.end = end
		t.ellipsis = true
	}
	return t.lines
}

// lineH is the height of one line in pixels.
func (t *textBlock) lineH() float32 {
	if t.leading > 0 {
		return t.textSize() * t.leading
	}
	return t.textSize() * lineHeight
}

// heightFor is the height the paragraph needs at a width.
func (t *textBlock) heightFor(width float32) float32 {
	n := len(t.layoutFor(width))
	if t.maxLines > 0 {
		n = t.maxLines
	}
	if n == 0 {
		n = 1
	}
	return float32(n)*t.lineH() + 2*theme.InnerPadding()
}

func (t *textBlock) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	w := t.width
	if w == 0 {
		w = t.textSize() * 30
	}
	return fyne.NewSize(t.textSize()*4, t.heightFor(w))
}

// rowRange is the lines [first, last) of a block.
type rowRange struct{ first, last int }

// rowsInView are the lines to draw: those inside the view, or all.
func (t *textBlock) rowsInView(lines []textLine) rowRange {
	all := rowRange{0, len(lines)}
	if t.view == nil {
		return all
	}
	top, bottom := t.view(t)
	lh := t.lineH()
	pad := theme.InnerPadding()
	first := int((top - pad) / lh)
	last := int((bottom-pad)/lh) + 1
	return rowRange{clamp(first, 0, len(lines)), clamp(last, 0, len(lines))}
}

// recull redraws the block if scrolling changed which lines are in view.
func (t *textBlock) recull() {
	if t.Size().Width <= 0 {
		return
	}
	if t.rowsInView(t.layoutFor(t.Size().Width)) != t.drawn {
		t.Refresh()
	}
}

// offsetAt maps a point to the byte offset of the character under it.
func (t *textBlock) offsetAt(p fyne.Position) int {
	lines := t.layoutFor(t.Size().Width)
	if len(lines) == 0 {
		return 0
	}
	size := t.textSize()
	row := int((p.Y - theme.InnerPadding()) / t.lineH())
	row = clamp(row, 0, len(lines)-1)
	l := lines[row]
	x := theme.InnerPadding()
	for i, r := range t.text[l.start:l.end] {
		w := t.adv.em(r) * size
		if p.X < x+w {
			return l.start + i
		}
		x += w
	}
	return l.end
}

// boundaryAt maps a point to the character boundary nearest it, for
// selecting: a drag that starts on the right half of a character selects
// from after it. Above the first line is the start, below the last the end.
func (t *textBlock) boundaryAt(p fyne.Position) int {
	lines := t.layoutFor(t.Size().Width)
	if len(lines) == 0 || p.Y < 0 {
		return 0
	}
	size := t.textSize()
	row := int((p.Y - theme.InnerPadding()) / t.lineH())
	if row >= len(lines) {
		return len(t.text)
	}
	l := lines[clamp(row, 0, len(lines)-1)]
	x := theme.InnerPadding()
	for i, r := range t.text[l.start:l.end] {
		w := t.adv.em(r) * size
		if p.X < x+w/2 {
			return l.start + i
		}
		x += w
	}
	return l.end
}

func (t *textBlock) Dragged(ev *fyne.DragEvent) {
	if t.OnDragged != nil {
		t.OnDragged(ev)
	}
}

func (t *textBlock) DragEnd() {
	if t.OnDragEnd != nil {
		t.OnDragEnd()
	}
}

// Cursor is the text cursor over text that can be selected.
func (t *textBlock) Cursor() desktop.Cursor {
	if t.OnDragged != nil {
		return desktop.TextCursor
	}
	return desktop.DefaultCursor
}

func (t *textBlock) Tapped(ev *fyne.PointEvent) {
	if t.OnTapped != nil {
		t.OnTapped(t.offsetAt(ev.Position))
	}
}

func (t *textBlock) TappedSecondary(ev *fyne.PointEvent) {
	if t.OnSecondary != nil {
		t.OnSecondary(ev)
	}
}

func (t *textBlock) CreateRenderer() fyne.WidgetRenderer {
	return &textBlockRenderer{block: t}
}

type textBlockRenderer struct {
	block   *textBlock
	objects []fyne.CanvasObject
}

func (r *textBlockRenderer) Destroy()                     {}
func (r *textBlockRenderer) MinSize() fyne.Size           { return r.block.MinSize() }
func (r *textBlockRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *textBlockRenderer) Layout(fyne.Size)             { r.build() }
func (r *textBlockRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.block)
}

// build lays the paragraph out as canvas objects: per line, the highlight
// backgrounds, then one text object per run of one colour.
func (r *textBlockRenderer) build() {
	t := r.block
	if t.Size().Width <= 0 {
		r.objects = r.objects[:0] // not laid out yet: nothing to draw
		t.drawn = rowRange{}
		return
	}
	lines := t.layoutFor(t.Size().Width)
	size := t.textSize()
	lh := t.lineH()
	pad := theme.InnerPadding()
	col := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, t) }

	objs := r.objects[:0]
	t.drawn = t.rowsInView(lines)
	for row := t.drawn.first; row < t.drawn.last; row++ {
		l := lines[row]
		top := pad + float32(row)*lh
		// x position of a byte offset within this line.
		xAt := func(off int) float32 {
			x := pad
			for _, ch := range t.text[l.start:clamp(off, l.start, l.end)] {
				x += t.adv.em(ch) * size
			}
			return x
		}
		for _, s := range t.spans {
			if s.bg == "" || s.end <= l.start || s.start >= l.end {
				continue
			}
			x0, x1 := xAt(s.start), xAt(s.end)
			bg := canvas.NewRectangle(col(s.bg))
			bg.Move(fyne.NewPos(x0-1, top+(lh-size*1.3)/2))
			bg.Resize(fyne.NewSize(x1-x0+2, size*1.3))
			objs = append(objs, bg)
		}
		for _, run := range styledRuns(t.text[l.start:l.end], shiftSpans(t.spans, l.start), t.color) {
			txt := canvas.NewText(run.text, col(run.color))
			txt.TextSize = size
			txt.TextStyle = fyne.TextStyle{}
			// The text object's height comes from the font's metrics, not
			// from MinSize, which would shape every line just to lay it out.
			x := xAt(l.start + run.offset)
			h := t.adv.line * size
			txt.Move(fyne.NewPos(x, top+(lh-h)/2))
			objs = append(objs, txt)
		}
		if t.ellipsis && row == len(lines)-1 {
			txt := canvas.NewText("…", col(t.color))
			txt.TextSize = size
			txt.Move(fyne.NewPos(xAt(l.end), top+(lh-t.adv.line*size)/2))
			objs = append(objs, txt)
		}
	}
	r.objects = objs
}

// shiftSpans moves spans to a line's own offsets.
func shiftSpans(spans []span, by int) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		out[i] = span{s.start - by, s.end - by, s.color, s.bg}
	}
	return out
}
