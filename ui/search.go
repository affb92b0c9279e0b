package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/search"
)

// searchBox is the library's search over every article, answered from
// the library's persisted index off the UI thread: the query is cut into
// words like the articles are, results are ranked, and each shows a
// snippet with the terms marked. While a query is typed, the results
// replace the article list.
type searchBox struct {
	store Store
	do    func(func()) // runs the answer on the UI thread
	title func(doc string) string
	// ready says whether the dictionary is loaded: the first query waits
	// for it, and the box says so meanwhile.
	ready func() bool
	// asked counts the queries sent; an answer to one that is no longer
	// the last is dropped; answered is the query whose results are shown.
	asked, answered int
	entry           *widget.Entry
	note            *widget.Label
	results         *widget.List
	hits            []search.Hit
	adv             *advances // for setting snippets
	// OnOpen opens a hit's article at the passage.
	OnOpen func(h search.Hit)
	// OnActive says whether results are on show (true) or the article list.
	OnActive func(bool)
}

const (
	// resultLimit is how many articles a query lists.
	resultLimit = 50
	// snippetLines and snippetLeading set a result's snippet: three lines,
	// closer than the reader's (it is read at a glance, not at length).
	snippetLines   = 3
	snippetLeading = 1.45
)

func newSearchBox(store Store, do func(func()), title func(string) string, adv *advances, ready func() bool) *searchBox {
	s := &searchBox{store: store, do: do, title: title, adv: adv, ready: ready}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder(tr("Search all articles"))
	s.entry.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.entry.OnChanged = func(string) { s.run() }
	s.entry.OnSubmitted = func(string) {
		if len(s.hits) > 0 && s.OnOpen != nil {
			s.OnOpen(s.hits[0])
		}
	}
	s.note = widget.NewLabel("")
	s.note.Wrapping = fyne.TextWrapWord
	s.note.Hide()
	s.results = widget.NewList(
		func() int { return len(s.hits) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			// Set as the reader sets Chinese (Fyne's RichText wraps a
			// highlighted term to a line of its own), at most three lines:
			// a list's rows share one height.
			snippet := newTextBlock("", theme.SizeNameCaptionText, colorMuted, s.adv)
			snippet.setLines(snippetLeading, snippetLines)
			return container.NewVBox(title, snippet)
		},
		s.updateRow,
	)
	s.results.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(s.hits) && s.OnOpen != nil {
			s.OnOpen(s.hits[id])
		}
		s.results.UnselectAll()
	}
	s.results.Hide()
	return s
}

// header is the search box with button beside it, and its note below.
func (s *searchBox) header(button fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(container.NewBorder(nil, nil, nil, button, s.entry), s.note)
}

// content is the list of results, shown while a query is typed.
func (s *searchBox) content() fyne.CanvasObject { return s.results }

// setQuery types a query in the box, as the user would.
func (s *searchBox) setQuery(q string) {
	if q != "" {
		s.entry.SetText(q)
	}
}

// active says whether results are shown in place of the article list.
func (s *searchBox) active(on bool) {
	if on {
		s.results.Show()
	} else {
		s.results.Hide()
	}
	if s.OnActive != nil {
		s.OnActive(on)
	}
}

func (s *searchBox) query() string { return s.entry.Text }

// run sends the query to the library's index, off the UI thread (the
// first query waits for the dictionary); the results replace the list
// when they come, unless another query was typed meanwhile.
func (s *searchBox) run() {
	q := s.query()
	s.asked++
	if q == "" {
		s.hits = nil
		s.note.Hide()
		s.active(false)
		return
	}
	if s.ready != nil && !s.ready() {
		s.say(tr("Getting the dictionary ready…"), false)
	}
	n, store, do := s.asked, s.store, s.do
	go func() {
		hits, err := store.Search(q, resultLimit)
		do(func() { s.answer(n, hits, err) })
	}()
}

func (s *searchBox) answer(n int, hits []search.Hit, err error) {
	if n != s.asked {
		return // a later query is on its way
	}
	s.answered = n
	s.hits = hits
	switch {
	case err != nil:
		fyne.LogError("search", err)
		s.say(tr("Search failed:")+" "+reason(err), true)
	case len(hits) == 0:
		s.say(tr("No article mentions that."), true)
	default:
		s.note.Hide()
	}
	s.results.Refresh()
	s.results.ScrollToTop()
	s.active(true)
}

func (s *searchBox) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(s.hits) {
		return
	}
	h := s.hits[id]
	c := o.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(s.title(h.Doc))
	snippet := c.Objects[1].(*textBlock)
	// The snippet takes the click (it is text that can be selected
	// elsewhere): clicking it opens the hit as clicking the title does.
	snippet.OnTapped = func(int) { s.results.Select(id) }
	var spans []span
	for _, m := range h.Marks {
		spans = append(spans, span{start: m.Start, end: m.End, color: theme.ColorNamePrimary})
	}
	snippet.setText(h.Snippet, spans)
}

// say shows a note under the search box. An answer (nothing found, the
// search failed) is the whole result of the query, so it is written in
// the text's colour and size: as a grey caption (the disabled colour) it
// was barely legible in the dark theme, and a user took the search for
// still running. A passing note (the dictionary loading) stays a caption.
func (s *searchBox) say(text string, answer bool) {
	s.note.Importance, s.note.SizeName = widget.LowImportance, theme.SizeNameCaptionText
	if answer {
		s.note.Importance, s.note.SizeName = widget.MediumImportance, theme.SizeNameText
	}
	s.note.SetText(text)
	s.note.Show()
}
