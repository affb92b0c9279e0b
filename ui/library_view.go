package ui

import (
	gocontext "context" // ui has a func context (figures.go)
	"slices"

	"fyne.io/fyne/v2"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/search"
)

// Store is the user's library as the window uses it: *library.Library
// (package app opens it). The window holds the list of articles, their
// metadata only, and reads an article's text and figures from the store
// when it is opened, so that ten thousand reports cost a list, not ten
// thousand parsed texts.
type Store interface {
	List() ([]library.Article, error)
	Article(id string) (library.Article, error)
	Load(id string) (*corpus.Article, error)
	Figures(id string) (figs []figure.Figure, version string, ok bool, err error)
	PutFigures(a *corpus.Article, version string, figs []figure.Figure) error
	Import(ctx gocontext.Context, paths []string, progress func(library.Progress)) ([]library.Result, error)
	Remove(id string) error
	Restore(id string) error
	Purge() error
	Search(query string, limit int) ([]search.Hit, error)
	SetEdits(id string, e library.Edits) error
	// Refresh finds again the figures that an older extractor found (or
	// that an edit dropped), until ctx is done.
	Refresh(ctx gocontext.Context) (int, error)
	ReadOnly() bool
}

// docCache is how many parsed articles the window keeps besides the one
// on show: enough to go back and forth between a few, not the library.
const docCache = 8

// libraryView is the library as the window shows it: the list of its
// articles (metadata only) with the list widget on the left, the few
// articles lately read, parsed, and those removed this session, for Undo.
type libraryView struct {
	store Store
	// showing is the article on show: it is the library's while shown.
	showing func() *corpus.Article
	// entries is the library's list, entryAt their index by id.
	entries []library.Article
	entryAt map[string]int
	// listed is set once the list is read: until then (the first frame)
	// an article is read by id, listed or not.
	listed bool
	// docs are the few articles lately read, parsed (docOrder, the
	// oldest first).
	docs     map[string]*corpus.Article
	docOrder []string
	removed  []library.Article

	list *libraryList
	undo *undoStrip
}

func newLibraryView(store Store, showing func() *corpus.Article) *libraryView {
	return &libraryView{store: store, showing: showing, docs: map[string]*corpus.Article{}}
}

// build makes the list and the Undo strip (again, in a new language):
// open is told the article the user picks, undo that they asked to undo
// the last removal.
func (l *libraryView) build(open func(id string), undo func()) {
	l.list = newLibraryList()
	l.list.OnSelect = open
	l.list.setEntries(l.entries)
	l.undo = newUndoStrip(undo)
	l.showUndo()
}

// content is the filter, the sort and the list; strip the Undo strip.
func (l *libraryView) content() fyne.CanvasObject { return l.list.content() }
func (l *libraryView) strip() fyne.CanvasObject   { return l.undo.content() }

// setShown shows the list, or hides it while search results stand in.
func (l *libraryView) setShown(on bool) { l.list.setShown(on) }

// reload reads the library's list (again) and shows it; false when it
// could not be read (which is logged).
func (l *libraryView) reload() bool {
	return l.set(l.store.List())
}

// set takes a new list of the library and shows it, keeping the selected
// article selected where it is still listed.
func (l *libraryView) set(entries []library.Article, err error) bool {
	if err != nil {
		fyne.LogError("library list", err)
		return false
	}
	l.listed = true
	l.entries = entries
	l.entryAt = make(map[string]int, len(entries))
	for i, e := range entries {
		l.entryAt[e.ID] = i
	}
	if l.list == nil {
		return false
	}
	l.list.setEntries(entries)
	if a := l.showing(); a != nil && l.list.selected() != a.ID {
		l.list.selectID(a.ID) // shown before the list came
	}
	return true
}

// all is the library's list, in its own order.
func (l *libraryView) all() []library.Article { return l.entries }

// entry returns the listed article with this id.
func (l *libraryView) entry(id string) (library.Article, bool) {
	i, ok := l.entryAt[id]
	if !ok {
		return library.Article{}, false
	}
	return l.entries[i], true
}

// title is the title in force of a listed article, or its id.
func (l *libraryView) title(id string) string {
	if e, ok := l.entry(id); ok {
		return e.Title
	}
	return id
}

// article returns a listed article parsed, with the user's edits in
// force: the one on show, one read lately, or read now. It is nil for an
// article the library does not list (or cannot read, which is logged).
func (l *libraryView) article(id string) *corpus.Article {
	if _, ok := l.entryAt[id]; !ok && l.listed {
		return nil
	}
	if a := l.showing(); a != nil && a.ID == id {
		return a
	}
	if a, ok := l.docs[id]; ok {
		return a
	}
	a, err := l.store.Load(id)
	if err != nil {
		fyne.LogError("load article "+id, err)
		return nil
	}
	l.docs[id] = a
	l.docOrder = append(slices.DeleteFunc(l.docOrder, func(s string) bool { return s == id }), id)
	for len(l.docOrder) > docCache {
		delete(l.docs, l.docOrder[0])
		l.docOrder = l.docOrder[1:]
	}
	return a
}

// forget drops the parsed text of an article, so that the next use reads
// the library again.
func (l *libraryView) forget(id string) {
	delete(l.docs, id)
	l.docOrder = slices.DeleteFunc(l.docOrder, func(s string) bool { return s == id })
}

// selectID selects and shows the article with this id in the list (which
// opens it), clearing a filter that hides it.
func (l *libraryView) selectID(id string) { l.list.selectID(id) }

// selectNear selects the row at i, or the last row, after a removal.
func (l *libraryView) selectNear(row int) {
	if n := l.list.rows(); n > 0 {
		l.list.selectRow(min(row, n-1))
	}
}

// selectedRow is the selected row, -1 for none.
func (l *libraryView) selectedRow() int { return l.list.selectedRow() }

// loadList reads the library's list and shows it, once the window is on
// screen: ten thousand articles take a tenth of a second of CPU, which the
// first frame does not wait for. It is read on the UI thread, first thing
// once the window shows, so that it is not queued behind the panel's
// work (a list read in the background came 1–2 s after the window on a
// busy machine, past its 1 s target).
func (m *Main) loadList() {
	m.reload()
	m.env.trace("list")
}

// reload reads the library's list again and shows it, keeping the
// selection where the article is still listed.
func (m *Main) reload() {
	if m.library.reload() {
		m.compareChanged()
	}
}

// articleByID returns a listed article parsed (see libraryView.article).
func (m *Main) articleByID(id string) *corpus.Article { return m.library.article(id) }

// forget drops what the window holds of an article (parsed text, figures,
// keywords), so that the next use reads the library again: after an edit
// of its properties or a new version.
func (m *Main) forget(id string) {
	m.library.forget(id)
	m.analyses.forget(id)
}

// compareChanged tells the Compare tab that the library changed.
func (m *Main) compareChanged() {
	if m.panel != nil {
		m.panel.libraryChanged()
	}
}

// allDocs is every listed article with its figures, for charts across
// articles. The figures come from the library's cache; an article whose
// figures are not cached is extracted now, or in the background when it
// is big, and joins once they are found.
func (m *Main) allDocs() []chart.Doc {
	entries := m.library.all()
	docs := make([]chart.Doc, 0, len(entries))
	for _, e := range entries {
		figs, ok := m.analyses.known(e.ID)
		if !ok {
			a := m.articleByID(e.ID)
			if a == nil {
				continue
			}
			if isBig(a) {
				m.analyses.inBackground(a, nil)
				continue
			}
			figs = m.figures(a)
		}
		docs = append(docs, chart.Doc{Article: metaArticle(e), Figures: majorFigures(figs)})
	}
	return docs
}

// metaArticle is an article's metadata in force without its text: what a
// chart across articles names its bars by.
func metaArticle(e library.Article) *corpus.Article {
	a := &corpus.Article{ID: e.ID, Title: e.Title, Year: e.Year, Period: e.Period, Region: e.Region, RegionCode: e.RegionCode}
	if d, err := corpus.ParseDate(e.Date); err == nil {
		a.Date = d
	}
	return a
}

// isListed says whether the library's list was read.
func (l *libraryView) isListed() bool { return l.listed }
