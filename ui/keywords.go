package ui

import (
	"strconv"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/segment"
)

// keywordsTab is the 关键词 tab: the article's top words by TF-IDF as a bar
// chart of rows; a click on a word lists its occurrences in context, and a
// click on a line opens the reader there.
type keywordsTab struct {
	seg     *segment.Segmenter
	article *corpus.Article
	words   []keywords.Keyword
	// wordW is the width of the words' column: the widest word listed.
	wordW float32
	// known gives an article's keywords: worked out now for a small one,
	// false for a big one until worked out in the background (analyses).
	known func(a *corpus.Article) ([]keywords.Keyword, bool)
	lines []keywords.Line
	word  string

	wordList *widget.List
	kwic     *widget.List
	waiting  *fyne.Container // shown while the dictionary loads or the keywords are worked out
	waitText *widget.Label   // what is being waited for
	heading  *widget.Label
	box      fyne.CanvasObject

	// OnLine opens the reader at an occurrence.
	OnLine func(l keywords.Line)
	// do runs the fill-in on the UI thread once the dictionary is ready.
	do func(func())
}

// topKeywords is how many words the tab lists.
const topKeywords = 20

// kwicWidth is the characters of context each side of a word.
const kwicWidth = 14

func newKeywordsTab(seg *segment.Segmenter, known func(*corpus.Article) ([]keywords.Keyword, bool), do func(func())) *keywordsTab {
	t := &keywordsTab{seg: seg, known: known, do: do}
	t.wordList = widget.NewList(
		func() int { return len(t.words) },
		func() fyne.CanvasObject { return newKeywordRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(t.words) {
				o.(*keywordRow).set(id, t.words[id], t.words[0].Weight, t.wordW)
			}
		},
	)
	t.wordList.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(t.words) {
			t.showWord(t.words[id].Word)
		}
	}
	t.kwic = widget.NewList(
		func() int { return len(t.lines) },
		func() fyne.CanvasObject { return newKWICRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(t.lines) {
				o.(*kwicRow).set(t.lines[id])
			}
		},
	)
	t.kwic.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(t.lines) && t.OnLine != nil {
			t.OnLine(t.lines[id])
		}
	}
	t.heading = widget.NewLabel(tr("Click a word to see it in context."))
	t.heading.Truncation = fyne.TextTruncateEllipsis
	bar := widget.NewProgressBarInfinite()
	t.waitText = widget.NewLabel(tr("Getting the dictionary ready…"))
	t.waiting = container.NewVBox(t.waitText, bar)
	split := container.NewVSplit(t.wordList, container.NewBorder(t.heading, nil, nil, nil, t.kwic))
	split.Offset = 0.5
	t.box = container.NewStack(split, container.NewCenter(t.waiting))
	t.waiting.Hide()
	return t
}

// content is the tab's content, for the panel's tabs.
func (t *keywordsTab) content() fyne.CanvasObject { return t.box }

// show lists an article's keywords, or says they are coming while the
// dictionary loads and fills in when it is ready.
func (t *keywordsTab) show(a *corpus.Article) {
	t.article, t.words, t.lines, t.word = a, nil, nil, ""
	t.heading.SetText(tr("Click a word to see it in context."))
	if !t.seg.IsReady() {
		t.waitText.SetText(tr("Getting the dictionary ready…"))
		t.waiting.Show()
		t.refresh()
		go func() {
			<-t.seg.Ready()
			t.do(func() {
				if t.article == a {
					t.show(a)
				}
			})
		}()
		return
	}
	words, ok := t.known(a)
	if !ok {
		// Worked out in the background (see Main.analyse), which shows
		// the article again when they are ready.
		t.waitText.SetText(tr("Finding the keywords of this long article…"))
		t.waiting.Show()
		t.refresh()
		return
	}
	t.waiting.Hide()
	t.words = words
	t.wordW = wordColumn(words)
	t.refresh()
}

// cancelled says that the article's keywords will not come: the user
// cancelled its analysis (the figures tab offers to start it again).
func (t *keywordsTab) cancelled(a *corpus.Article) {
	if t.article != a {
		return
	}
	t.waiting.Hide()
	t.heading.SetText(tr("Cancelled: the keywords of this article were not found."))
	t.refresh()
}

func (t *keywordsTab) refresh() {
	t.wordList.UnselectAll()
	t.wordList.Refresh()
	t.kwic.Refresh()
}

// showWord lists the occurrences of a word in the article.
func (t *keywordsTab) showWord(w string) {
	if t.article == nil || !t.seg.IsReady() {
		return
	}
	t.word = w
	a := t.article
	if isBig(a) {
		// Cutting a long article into words takes a while: not on the
		// UI thread.
		t.lines = nil
		t.heading.SetText(tr("“{{.Word}}”: finding it in context…", map[string]any{"Word": w}))
		t.kwic.Refresh()
		go func() {
			lines := keywords.Concordance(t.seg, a, w, kwicWidth)
			t.do(func() {
				if t.article == a && t.word == w {
					t.showLines(w, lines)
				}
			})
		}()
		return
	}
	t.showLines(w, keywords.Concordance(t.seg, a, w, kwicWidth))
}

func (t *keywordsTab) showLines(w string, lines []keywords.Line) {
	t.lines = lines
	t.heading.SetText(tr("“{{.Word}}”: {{.N}} occurrences", map[string]any{"Word": w, "N": len(t.lines)}))
	t.kwic.UnselectAll()
	t.kwic.Refresh()
	t.kwic.ScrollToTop()
}

// keywordRow is one keyword: rank, word, a bar as long as its weight, and
// how often it occurs.
type keywordRow struct {
	widget.BaseWidget
	rank, word, count *canvas.Text
	bar               *canvas.Rectangle
	frac              float32
	wordW             float32 // the words' column, the same in every row
}

func newKeywordRow() *keywordRow {
	r := &keywordRow{
		rank:  canvas.NewText("", theme.Color(colorMuted)),
		word:  canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		count: canvas.NewText("", theme.Color(colorMuted)),
		bar:   canvas.NewRectangle(theme.Color(theme.ColorNamePrimary)),
	}
	r.ExtendBaseWidget(r)
	return r
}

// set shows keyword k, ranked i, beside the top weight, its word in a
// column wordW wide.
func (r *keywordRow) set(i int, k keywords.Keyword, top float64, wordW float32) {
	r.wordW = wordW
	r.rank.Text = strconv.Itoa(i + 1)
	r.word.Text = k.Word
	r.count.Text = "×" + strconv.Itoa(k.Count)
	r.frac = 0
	if top > 0 {
		r.frac = float32(k.Weight / top)
	}
	r.Refresh()
}

func (r *keywordRow) CreateRenderer() fyne.WidgetRenderer {
	return &keywordRowRenderer{r}
}

type keywordRowRenderer struct{ r *keywordRow }

const (
	rankWidth  = 28
	wordWidth  = 112
	countWidth = 40
	// maxWordWidth bounds the words' column, so that a long term leaves
	// the bars room.
	maxWordWidth = 240
)

// wordColumn is how wide the words' column must be for the widest of
// words: at a fixed 112, 社会消费品零售总额 and 一般公共预算收入 ran under
// their bars.
func wordColumn(words []keywords.Keyword) float32 {
	w := float32(wordWidth)
	for _, k := range words {
		w = max(w, fyne.MeasureText(k.Word, theme.TextSize(), fyne.TextStyle{}).Width+2*theme.Padding())
	}
	return min(w, maxWordWidth)
}

// column is the row's words' column.
func (r *keywordRow) column() float32 {
	if r.wordW > 0 {
		return r.wordW
	}
	return wordWidth
}

func (k *keywordRowRenderer) Layout(s fyne.Size) {
	r := k.r
	h := r.word.MinSize().Height
	y := (s.Height - h) / 2
	r.rank.Move(fyne.NewPos(theme.Padding(), y))
	r.word.Move(fyne.NewPos(rankWidth, y))
	col := r.column()
	barMax := s.Width - rankWidth - col - countWidth - 2*theme.Padding()
	w := max(2, barMax*r.frac)
	r.bar.Move(fyne.NewPos(rankWidth+col, s.Height*0.3))
	r.bar.Resize(fyne.NewSize(w, s.Height*0.4))
	r.count.Move(fyne.NewPos(rankWidth+col+w+theme.Padding(), y))
}

func (k *keywordRowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(rankWidth+k.r.column()+countWidth+60, k.r.word.MinSize().Height+2*theme.Padding())
}

func (k *keywordRowRenderer) Refresh() {
	r := k.r
	r.rank.Color = theme.ColorForWidget(colorMuted, r)
	r.count.Color = r.rank.Color
	r.word.Color = theme.ColorForWidget(theme.ColorNameForeground, r)
	r.bar.FillColor = theme.ColorForWidget(theme.ColorNamePrimary, r)
	k.Layout(r.Size())
	for _, o := range k.Objects() {
		o.Refresh()
	}
}

func (k *keywordRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{k.r.rank, k.r.word, k.r.bar, k.r.count}
}

func (k *keywordRowRenderer) Destroy() {}

// kwicRow is one concordance line: the left context ending at a fixed
// column, the word, the right context, so that the words align.
type kwicRow struct {
	widget.BaseWidget
	left, word, right *canvas.Text
}

func newKWICRow() *kwicRow {
	r := &kwicRow{left: canvas.NewText("", nil), word: canvas.NewText("", nil), right: canvas.NewText("", nil)}
	r.left.Alignment = fyne.TextAlignTrailing
	r.ExtendBaseWidget(r)
	return r
}

func (r *kwicRow) set(l keywords.Line) {
	r.left.Text, r.word.Text, r.right.Text = l.Left, l.Word, l.Right
	r.Refresh()
}

func (r *kwicRow) CreateRenderer() fyne.WidgetRenderer { return &kwicRenderer{r} }

type kwicRenderer struct{ r *kwicRow }

// Layout puts the word a little left of centre: the left context right-
// aligned against it, the right context after it, both clipped by the row.
func (k *kwicRenderer) Layout(s fyne.Size) {
	r := k.r
	h := r.word.MinSize().Height
	y := (s.Height - h) / 2
	ww := r.word.MinSize().Width
	x := s.Width * 0.42
	r.left.Move(fyne.NewPos(0, y))
	r.left.Resize(fyne.NewSize(x-theme.Padding(), h))
	r.word.Move(fyne.NewPos(x, y))
	r.right.Move(fyne.NewPos(x+ww+theme.Padding(), y))
}

func (k *kwicRenderer) MinSize() fyne.Size {
	return fyne.NewSize(200, k.r.word.MinSize().Height+2*theme.Padding())
}

func (k *kwicRenderer) Refresh() {
	r := k.r
	fg := theme.ColorForWidget(theme.ColorNameForeground, r)
	r.left.Color, r.right.Color = theme.ColorForWidget(colorMuted, r), theme.ColorForWidget(colorMuted, r)
	r.word.Color = fg
	// Keep the left context's end: it is the part next to the word.
	if n := utf8.RuneCountInString(r.left.Text); n > kwicWidth {
		r.left.Text = string([]rune(r.left.Text)[n-kwicWidth:])
	}
	k.Layout(r.Size())
	for _, o := range k.Objects() {
		o.Refresh()
	}
}

func (k *kwicRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{k.r.left, k.r.word, k.r.right}
}

func (k *kwicRenderer) Destroy() {}
