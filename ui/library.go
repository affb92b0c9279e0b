package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// library is the article list on the left: title, then date and source.
type library struct {
	articles func() []*corpus.Article
	list     *widget.List
	row      widget.ListItemID // the selected row, -1 for none
	// OnSelect is called with the article the user picked.
	OnSelect func(a *corpus.Article)
}

func newLibrary(articles func() []*corpus.Article) *library {
	l := &library{articles: articles, row: -1}
	l.list = widget.NewList(
		func() int { return len(l.articles()) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateClip // ellipsis shapes the title again for every step
			meta := widget.NewRichText()
			meta.Truncation = fyne.TextTruncateClip
			return container.New(&tightVBox{}, title, meta)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			a := l.articles()[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(a.Title)
			meta := c.Objects[1].(*widget.RichText)
			meta.Segments = []widget.RichTextSegment{mutedSegment(listMeta(a), theme.SizeNameCaptionText)}
			meta.Refresh()
		},
	)
	l.list.OnSelected = func(id widget.ListItemID) {
		as := l.articles()
		if id < 0 || id >= len(as) {
			return
		}
		l.row = id
		if l.OnSelect != nil {
			l.OnSelect(as[id])
		}
	}
	l.list.OnUnselected = func(id widget.ListItemID) {
		if id == l.row {
			l.row = -1
		}
	}
	return l
}

func listMeta(a *corpus.Article) string {
	var parts []string
	if d := a.Date.String(); d != "" {
		parts = append(parts, d)
	} else {
		parts = append(parts, tr("undated"))
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	return strings.Join(parts, " · ")
}

// selected is the id of the article on the selected row, as it is now.
func (l *library) selected() string {
	if as := l.articles(); l.row >= 0 && l.row < len(as) {
		return as[l.row].ID
	}
	return ""
}

// selectID highlights the article with this id without calling OnSelect
// twice for the same article.
func (l *library) selectID(id string) {
	for i, a := range l.articles() {
		if a.ID == id {
			l.list.Select(i)
			l.list.ScrollTo(i)
			return
		}
	}
}

// tightVBox stacks its objects with no padding between them, so a list row's
// title and metadata read as one item.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h * 0.8
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		if i < len(objs)-1 {
			h += m.Height * 0.8
		} else {
			h += m.Height
		}
	}
	return fyne.NewSize(w, h)
}

// mutedSegment is secondary text: dates, sources, credits. Fyne's low
// importance colour is too faint to read on white, hence a colour of ours.
func mutedSegment(text string, size fyne.ThemeSizeName) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: colorMuted, SizeName: size}}
}
