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
	PutFigures(id, version string, figs []figure.Figure) error
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

// loadList reads the library's list off the UI thread and shows it when
// it comes: ten thousand articles take a few hundred milliseconds, which
// the first frame does not wait for (the last article read shows at once).
// A list read since, after an import or a removal, wins.
func (m *Main) loadList() {
	m.listGen++
	gen, store, do := m.listGen, m.store, m.do
	go func() {
		entries, err := store.List()
		do(func() {
			if gen == m.listGen {
				m.setEntries(entries, err)
			}
		})
	}()
}

// reload reads the library's list again and shows it, keeping the
// selection where the article is still listed.
func (m *Main) reload() {
	m.listGen++
	m.setEntries(m.store.List())
}

func (m *Main) setEntries(entries []library.Article, err error) {
	if err != nil {
		fyne.LogError("library list", err)
		return
	}
	m.listed = true
	m.entries = entries
	m.entryAt = make(map[string]int, len(entries))
	for i, e := range entries {
		m.entryAt[e.ID] = i
	}
	if m.lib == nil {
		return
	}
	m.lib.setEntries(entries)
	m.compareChanged()
	if a := m.reader.Article(); a != nil && m.lib.selected() != a.ID {
		m.lib.selectID(a.ID) // shown before the list came
	}
}

// entry returns the listed article with this id.
func (m *Main) entry(id string) (library.Article, bool) {
	i, ok := m.entryAt[id]
	if !ok {
		return library.Article{}, false
	}
	return m.entries[i], true
}

// articleByID returns a listed article parsed, with the user's edits in
// force: the one on show, one read lately, or read now. It is nil for an
// article the library does not list (or cannot read, which is logged).
func (m *Main) articleByID(id string) *corpus.Article {
	if _, ok := m.entryAt[id]; !ok && m.listed {
		return nil
	}
	if a := m.reader.Article(); a != nil && a.ID == id {
		return a
	}
	if a, ok := m.docs[id]; ok {
		return a
	}
	a, err := m.store.Load(id)
	if err != nil {
		fyne.LogError("load article "+id, err)
		return nil
	}
	m.docs[id] = a
	m.docOrder = append(slices.DeleteFunc(m.docOrder, func(s string) bool { return s == id }), id)
	for len(m.docOrder) > docCache {
		delete(m.docs, m.docOrder[0])
		m.docOrder = m.docOrder[1:]
	}
	return a
}

// forget drops what the window holds of an article (parsed text, figures,
// keywords), so that the next use reads the library again: after an edit
// of its properties or a new version.
func (m *Main) forget(id string) {
	delete(m.docs, id)
	m.docOrder = slices.DeleteFunc(m.docOrder, func(s string) bool { return s == id })
	delete(m.figs, id)
	if m.panel != nil {
		delete(m.panel.keywords.cache, id)
	}
}

// figures returns an article's figures: those the library keeps when this
// extractor found them, else found now and kept in the library.
func (m *Main) figures(a *corpus.Article) []figure.Figure {
	if f, ok := m.figs[a.ID]; ok {
		return f
	}
	f, ok := m.cachedFigures(a.ID)
	if !ok {
		f = figure.Extract(a)
		m.putFigures(a.ID, f)
	}
	m.figs[a.ID] = f
	return f
}

// cachedFigures reads the figures the library keeps for an article, when
// the extractor that found them is this one.
func (m *Main) cachedFigures(id string) ([]figure.Figure, bool) {
	f, version, ok, err := m.store.Figures(id)
	if err != nil {
		fyne.LogError("figures of "+id, err)
		return nil, false
	}
	return f, ok && version == figure.Version
}

// putFigures keeps figures found in the window in the library, so that
// the next start and the command line find them there.
func (m *Main) putFigures(id string, f []figure.Figure) {
	if m.store.ReadOnly() {
		return
	}
	if err := m.store.PutFigures(id, figure.Version, f); err != nil {
		fyne.LogError("keep figures of "+id, err)
	}
	m.compareChanged()
}

// compareChanged tells the Compare tab that the library changed.
func (m *Main) compareChanged() {
	if m.panel == nil {
		return
	}
	it := m.panel.tabs.Selected()
	m.panel.compare.libraryChanged(it != nil && it.Content == m.panel.compare.box)
}

// allDocs is every listed article with its figures, for charts across
// articles. The figures come from the library's cache; an article whose
// figures are not cached is extracted now, or in the background when it
// is big, and joins once they are found.
func (m *Main) allDocs() []chart.Doc {
	docs := make([]chart.Doc, 0, len(m.entries))
	for _, e := range m.entries {
		figs, ok := m.figs[e.ID]
		if !ok {
			if figs, ok = m.cachedFigures(e.ID); ok {
				m.figs[e.ID] = figs
			}
		}
		if !ok {
			a := m.articleByID(e.ID)
			if a == nil {
				continue
			}
			if isBig(a) {
				m.analyseInBackground(a, nil)
				continue
			}
			figs = m.figures(a)
		}
		docs = append(docs, chart.Doc{Article: metaArticle(e), Figures: figs})
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

// title is the title in force of a listed article, or its id.
func (m *Main) title(id string) string {
	if e, ok := m.entry(id); ok {
		return e.Title
	}
	return id
}
