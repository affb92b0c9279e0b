// Package ui builds Zhibiao's window: the library, the reader, the
// analysis panel and the menus. It never creates the application itself
// (that is package app's job), so it can be driven headless with
// fyne.io/fyne/v2/test.
package ui

import (
	gocontext "context" // ui has a func context (figures.go)
	"io/fs"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
	"github.com/zhibiao/zhibiao/seeds"
)

// Main is the main window: it builds the window from its components and
// ties the user's actions to them. Each component owns its state and is
// told what to do through its methods; Main holds no component's state.
type Main struct {
	app fyne.App
	win fyne.Window
	env *env
	// library is the list of articles and the few lately read.
	library *libraryView
	// analyses holds every article's figures and keywords.
	analyses *analyses
	// importer runs imports into the library, one at a time.
	importer *importer
	reader   *Reader
	find     *findBar
	search   *searchBox
	panel    *panel // nil until Finish
	shell    *shell
}

// env is what the window is given and what it loads once: the library,
// the options, and the font metrics, segmenter, chart renderer and
// gazetteer that come in the background.
type env struct {
	store       Store
	version     string
	launchFiles []string                      // Options.Files
	compareOpen func() (CompareSource, error) // Options.Compare
	trace       func(event string)            // Options.Trace, never nil
	// do runs work from a background goroutine on the UI thread: fyne.Do.
	// Fyne's test driver runs such work at once on the calling goroutine,
	// so tests queue it instead and run it when they choose (setDo:
	// background work already under way reads it, so it is guarded).
	do   func(func())
	doMu sync.RWMutex
	adv  *advances // the font's character widths, for the reader
	// plainRead closes when Fyne has read the font for plain text.
	plainRead <-chan struct{}
	seg       *segment.Segmenter
	charts    *chart.Renderer
	places    *gazetteer.Gazetteer // nil until loaded, in Finish
	loaded    chan struct{}        // see Loaded
	// refreshing is done when the window closes: it stops the background
	// re-extraction of stale figures.
	refreshing  gocontext.Context
	stopRefresh gocontext.CancelFunc

	// syncEmbedded is Options.SyncEmbedded, nil when there is none.
	syncEmbedded func(gocontext.Context) error
	// locateEmbedded is Options.LocateEmbedded, nil when there is none.
	locateEmbedded func() bool
}

// shell is the window's frame: the settings it remembers, its dividers,
// the slot the panel goes in, and the dialog on show.
type shell struct {
	set       settings
	split     *container.Split
	panelSlot *fyne.Container
	// escape closes the dialog on show, if any, as its Close or Cancel
	// button does (Esc).
	escape func()
	// showExportHook, in tests, takes the export request the dialog
	// would get.
	showExportHook func(exportRequest)
}

// Options are what the window needs from outside.
type Options struct {
	Version string
	// Library is the user's library (required): the embedded articles and
	// those imported, with their figures and search index.
	Library Store
	// Segmenter cuts Chinese into words for search and keywords. It loads
	// its dictionary in the background; the window does not wait for it.
	// Nil means the process's shared one (segment.Default), which the
	// figure extractor uses too, fetched only in Finish so that the
	// dictionary starts loading once the window is on screen.
	Segmenter *segment.Segmenter
	// Files are opened once the window starts, exactly as File → Open
	// opens them, and a folder's reports are imported as File → Add
	// Folder imports them: the paths given on the command line, which is
	// how a file manager's "Open with" and a file dropped on the program
	// pass them.
	Files []string
	// Compare, when set, opens the library for the Compare tab (the app
	// passes compare.NewLibrary); nil compares the articles in memory.
	Compare func() (CompareSource, error)
	// Trace, when set, is told the moments of start-up that come after
	// the first frame ("finish": Finish begins; "list": the library's
	// list is shown; "panel": the analysis panel is built; "placed": the
	// embedded articles of a first start show their regions; "seeds":
	// they are in the library, searched and counted), for the
	// start-up benchmark (package app's ZHIBIAO_TRACE_START).
	Trace func(event string)
	// Prepared is what Prepare started for this app; nil has New call it.
	Prepared *Prepared
	// SyncEmbedded, when set, puts the embedded articles the library
	// lists from the binary into it (library.Options.DeferEmbedded, so
	// that a first start does not wait for them): Finish runs it in the
	// background, and they are searched and compared once it returns.
	SyncEmbedded func(gocontext.Context) error
	// LocateEmbedded, when set, finds the places the texts of those
	// articles name, and reports whether it found any (the library's
	// LocatePending): Finish runs it once the gazetteer is loaded, so
	// that the first article shows its region without waiting for the
	// dictionary that SyncEmbedded waits for.
	LocateEmbedded func() bool
}

// New prepares the main window over the library: unless Prepare was
// called, it applies the remembered theme and language and starts reading
// the font on other cores. Create the window meanwhile, then call Start
// before it shows, and Finish once it is on screen.
func New(a fyne.App, opt Options) *Main {
	e := &env{store: opt.Library, version: opt.Version, launchFiles: opt.Files, compareOpen: opt.Compare,
		syncEmbedded: opt.SyncEmbedded, locateEmbedded: opt.LocateEmbedded, seg: opt.Segmenter, do: fyne.Do, loaded: make(chan struct{}), trace: opt.Trace}
	if e.trace == nil {
		e.trace = func(string) {}
	}
	e.refreshing, e.stopRefresh = gocontext.WithCancel(gocontext.Background())
	m := &Main{app: a, env: e, shell: &shell{set: settings{prefs: a.Preferences()}}}
	m.library = newLibraryView(e.store, m.showing)
	m.analyses = newAnalyses(e.store, m.onUI, func(a *corpus.Article) bool { return m.library.article(a.ID) == a }, m.compareChanged)
	m.importer = newImporter(e.store, m.onUI, m.importDone)
	p := opt.Prepared
	if p == nil || p.app != a {
		p = Prepare(a)
	}
	e.plainRead = p.plainRead
	return m
}

// onUI runs f on the UI thread (env.do, which tests replace).
func (m *Main) onUI(f func()) {
	m.env.doMu.RLock()
	do := m.env.do
	m.env.doMu.RUnlock()
	do(f)
}

// setDo replaces env.do (tests queue the UI thread's work) without racing
// the background work that reads it through onUI.
func (e *env) setDo(do func(func())) {
	e.doMu.Lock()
	e.do = do
	e.doMu.Unlock()
}

// showing is the article on show, or nil.
func (m *Main) showing() *corpus.Article {
	if m.reader == nil {
		return nil
	}
	return m.reader.Article()
}

// Start builds what the user sees first in w: the sidebar, the menus and
// the last article read, where they left it. Everything else waits for
// Finish, so the window appears as fast as Fyne can show a window at all:
// even the library's list, whose read (a tenth of a second of CPU for ten
// thousand reports) would compete with the window system for the cores
// while it creates the window.
func (m *Main) Start(w fyne.Window) {
	m.win = w
	adv, err := newAdvances(assets.Font)
	if err != nil {
		fyne.LogError("font metrics", err) // cannot happen with the embedded font
	}
	m.env.adv = adv
	m.win.Resize(m.shell.set.windowSize())
	m.win.SetOnClosed(m.closed)
	m.win.SetOnDropped(m.dropped)
	<-m.env.plainRead
	m.build()
	m.openLast()
}

// Finish builds the rest once the window is on screen: it reads and shows
// the library's list, starts the imports asked for (the files the app was
// started with, those the old preferences listed) and the dictionary's
// load, and builds the analysis panel and the figures marked in the text.
func (m *Main) Finish() {
	m.env.trace("finish")
	boldRead := warmFont(fyne.TextStyle{Bold: true}) // meanwhile, the rest
	m.loadList()                                     // first: it is due within 1 s of the window
	m.migratePrefs()
	m.openFiles(m.env.launchFiles)
	if m.env.seg == nil {
		m.env.seg = segment.Default()
	}
	var err error
	if m.env.charts, err = chart.NewRenderer(); err != nil {
		fyne.LogError("chart renderer", err) // cannot happen with the embedded font
	}
	m.analyses.useSegmenter(m.env.seg)
	m.loadPlaces()
	<-boldRead // the panel's tabs and table headers are bold
	m.buildPanel()
	m.env.trace("panel")
	seg, loaded, store, ctx := m.env.seg, m.env.loaded, m.env.store, m.env.refreshing // the goroutine reads no field of m
	syncSeeds, seedsIn, do, trace := m.env.syncEmbedded, m.seedsIn, m.env.do, m.env.trace
	go func() {
		if syncSeeds != nil {
			// Before the dictionary is waited for: it cuts their words
			// as soon as it is loaded, and finds their places meanwhile.
			if err := syncSeeds(ctx); err == nil {
				do(func() { seedsIn(); trace("seeds") })
			} else if ctx.Err() == nil {
				fyne.LogError("put the embedded articles in the library", err)
			}
		}
		seg.Wait()
		close(loaded)
		// Figures an older Zhibiao found are found again, one article
		// at a time, while the window is in use.
		if !store.ReadOnly() {
			if _, err := store.Refresh(ctx); err != nil && ctx.Err() == nil {
				fyne.LogError("refresh the library's figures", err)
			}
		}
	}()
}

// Loaded is closed once everything Finish starts in the background is
// done: the dictionary is read and the search index built.
func (m *Main) Loaded() <-chan struct{} { return m.env.loaded }

// build (re)creates the content, menus and shortcuts in the current
// language, keeping the article and the place in it.
func (m *Main) build() {
	var current *corpus.Article
	top := 0
	if m.reader != nil {
		current, top = m.reader.Article(), m.reader.TopParagraph()
	}
	m.win.SetTitle(windowTitle(current))
	m.reader = newReader(m.shell.set.textSize(), m.app.Settings().Theme(), m.env.adv)
	m.reader.HideMinor = !m.shell.set.showMinor()
	m.reader.OnCopy = func(s string) { m.app.Clipboard().SetContent(s) }
	m.reader.OnSelecting = func() { m.win.Canvas().Unfocus() }
	m.reader.OnScrolled = m.rememberPosition
	m.reader.RegionChain = func(a *corpus.Article) string { return regionChain(m.env.places, a.Region, a.RegionCode) }
	m.reader.OnMetaTapped = func() { m.showProperties() }
	m.reader.OnFigureTapped = func(i int) {
		if m.panel != nil {
			m.panel.showFigure(i)
		}
	}
	m.find = newFindBar(m.reader)
	m.find.OnClose = func() { m.win.Canvas().Unfocus() }
	m.library.build(func(id string) {
		m.openID(id)
		// The keys go to the reader now (Page Down, the arrows), not to
		// the list the article was chosen in.
		m.win.Canvas().Unfocus()
	}, m.undoRemove)
	importStrip := m.importer.build()
	m.buildSearch()

	centre := m.find.around(m.reader.CanvasObject())
	m.shell.panelSlot = container.NewStack()
	left, right := m.shell.set.splits()
	if m.shell.split != nil {
		left, right = m.shell.split.Offset, m.shell.split.Trailing.(*container.Split).Offset
	}
	work := container.NewHSplit(centre, m.shell.panelSlot)
	work.Offset = right
	open := newIconButton(theme.FolderOpenIcon(), m.showOpen)
	strips := container.NewVBox(importStrip, m.library.strip())
	sidebar := container.NewBorder(m.search.header(open), strips, nil, nil, container.NewStack(m.library.content(), m.search.content()))
	m.shell.split = container.NewHSplit(sidebar, work)
	m.shell.split.Offset = left
	m.win.SetContent(m.shell.split)
	m.win.SetMainMenu(m.menu())
	m.addShortcuts()
	if current != nil {
		m.library.selectID(current.ID)
		m.reader.ScrollToParagraph(top)
	}
	if m.panel != nil { // rebuilt for a new language
		m.buildPanel()
	}
}

// buildSearch makes the search box, keeping the query across rebuilds.
func (m *Main) buildSearch() {
	query := ""
	if m.search != nil {
		query = m.search.query()
	}
	ready := func() bool { return m.env.seg != nil && m.env.seg.IsReady() }
	m.search = newSearchBox(m.env.store, m.env.do, m.library.title, m.env.adv, ready)
	m.search.OnOpen = m.openHit
	m.search.OnActive = func(on bool) { m.library.setShown(!on) }
	m.search.setQuery(query)
}

// buildPanel makes the analysis panel and fills it for the open article.
func (m *Main) buildPanel() {
	m.panel = newPanel(panelWiring{
		renderer: m.env.charts, docs: m.allDocs, seg: m.env.seg, keywords: m.analyses.keywords,
		do: m.env.do, dark: m.isDark(), compareOpen: m.env.compareOpen,
		mark:          func(start, end int) { m.reader.Mark(start, end) },
		openRef:       m.openRef,
		exportFigures: m.exportFigures, cancelAnalysis: m.cancelAnalysis,
		exportChart:   m.exportChart,
		exportCompare: m.exportCompare,
		showMinor:     m.shell.set.showMinor(),
		minorShown:    m.minorShown,
	})
	m.shell.panelSlot.Objects = []fyne.CanvasObject{m.panel.CanvasObject()}
	m.shell.panelSlot.Refresh()
	if m.env.seg.IsReady() {
		if a := m.reader.Article(); a != nil {
			m.analyse(a)
		}
		return
	}
	// The extractor reads the dictionary too: analyse once it is loaded,
	// rather than hold the window while it loads. The keywords tab says
	// meanwhile that it is getting ready.
	if a := m.reader.Article(); a != nil {
		m.panel.showKeywords(a)
	}
	seg, do := m.env.seg, m.env.do // the goroutine reads no field of m
	go func() {
		seg.Wait()
		do(func() {
			if a := m.reader.Article(); a != nil && m.panel != nil {
				m.analyse(a)
			}
		})
	}()
}

// openID shows the listed article with this id.
func (m *Main) openID(id string) {
	if a := m.articleByID(id); a != nil {
		m.open(a)
	}
}

// openHit opens a search result's article and marks the passage's terms.
func (m *Main) openHit(h search.Hit) {
	m.openRef(chart.Ref{Doc: h.Doc, Start: h.Start, End: h.End})
}

// openRef opens the article a chart bar or a compared value comes from
// and marks its figure.
func (m *Main) openRef(ref chart.Ref) {
	if a := m.articleByID(ref.Doc); a != nil {
		m.library.selectID(a.ID)
		m.reader.Mark(ref.Start, ref.End)
	}
}

// open shows an article and returns to where the user last was in it.
func (m *Main) open(a *corpus.Article) {
	if a == nil || m.reader.Article() == a {
		return
	}
	m.reader.Show(a)
	m.win.SetTitle(windowTitle(a))
	if m.panel != nil {
		m.analyse(a)
	}
	m.shell.set.setLastArticle(a.ID)
	if p := m.shell.set.position(a.ID); p > 0 {
		m.reader.ScrollToParagraph(p)
	}
	m.find.again()
}

// firstEmbedded is the id of the first article Zhibiao comes with (the
// library lists them first, by id): what a first start shows.
func firstEmbedded() string {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	return names[0]
}

// openLast shows the article last read, or the first of the library,
// before the list is read: by id, from the library.
func (m *Main) openLast() {
	for _, id := range []string{m.shell.set.lastArticle(), firstEmbedded()} {
		if id == "" {
			continue
		}
		if a, err := m.env.store.Load(id); err == nil {
			m.open(a)
			return
		}
	}
}

func (m *Main) rememberPosition(paragraph int) {
	if a := m.reader.Article(); a != nil && m.shell.set.position(a.ID) != paragraph {
		m.shell.set.setPosition(a.ID, paragraph)
	}
}

// Reader gives tests and the app the reader.
func (m *Main) Reader() *Reader { return m.reader }

func (m *Main) zoom(delta float32) {
	size := m.shell.set.textSize() + delta
	if delta == 0 {
		size = baseReadingSize
	}
	size = clampF(size, minReadingSize, maxReadingSize)
	m.shell.set.setTextSize(size)
	m.reader.SetTextSize(size)
}

func (m *Main) setTheme(mode ThemeMode) {
	m.shell.set.setTheme(mode)
	t := newAppTheme(mode)
	m.app.Settings().SetTheme(t)
	m.reader.setBaseTheme(t)
	if m.panel != nil {
		var figs []figure.Figure
		a := m.reader.Article()
		if a != nil {
			figs = m.figures(a) // the legend's colours
		}
		m.panel.setDark(m.isDark(), a, figs)
	}
	m.win.SetMainMenu(m.menu())
}

func (m *Main) setLanguage(l Language) {
	if err := useLanguage(l); err != nil {
		dialog.ShowError(explained(tr("Could not change the language"), err), m.win)
		return
	}
	m.shell.set.setLanguage(l)
	m.build()
}

// saveWindow remembers the window's size and dividers. Closing the window
// calls it, and so must Quit: Fyne's Quit ends the app without closing it.
func (m *Main) saveWindow() {
	m.shell.set.setWindowSize(m.win.Canvas().Size())
	if m.shell.split != nil {
		m.shell.set.setSplits(m.shell.split.Offset, m.shell.split.Trailing.(*container.Split).Offset)
	}
}

// closed is the window closing: it saves the window's layout, stops the
// imports and purges what was removed (Undo is no longer offered).
func (m *Main) closed() {
	m.saveWindow()
	m.env.stopRefresh()
	m.importer.cancel()
	m.purgeRemoved()
}

// quit does what closing the window would, then ends the app.
func (m *Main) quit() {
	m.closed()
	m.app.Quit()
}

// productName is Zhibiao's name in both its languages, as its icon and
// About box give it.
const productName = "指标 Zhibiao"

// windowTitle names the article being read, as desktop readers do, so
// that the task bar and window switcher say which report is open.
func windowTitle(a *corpus.Article) string {
	if a == nil {
		return productName
	}
	return shownTitle(a.Title, a.ID) + " — " + productName
}

// minorShown follows the figures table's choice to list the minor figures:
// the text marks what the table lists, and the choice is remembered.
func (m *Main) minorShown(on bool) {
	m.shell.set.setShowMinor(on)
	m.reader.HideMinor = !on
	if a, figs := m.panel.articleFigures(); a != nil && a == m.reader.Article() {
		m.reader.SetFigures(figs)
	}
}
