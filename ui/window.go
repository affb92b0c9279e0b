// Package ui builds Zhibiao's window: the library, the reader, the
// analysis panel and the menus. It never creates the application itself
// (that is package app's job), so it can be driven headless with
// fyne.io/fyne/v2/test.
package ui

import (
	"time"

	gocontext "context" // ui has a func context (figures.go)
	"io/fs"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/segment"
	"github.com/zhibiao/zhibiao/seeds"
)

// Main is the main window's content and the state behind it.
type Main struct {
	app     fyne.App
	win     fyne.Window
	set     settings
	version string
	store   Store
	// entries is the library's list (metadata only), entryAt their index
	// by id; docs are the few articles lately read, parsed (docOrder, the
	// oldest first).
	entries []library.Article
	entryAt map[string]int
	// listed is set once the list is read (loadList); listGen counts the
	// reads, so that an old one coming late is dropped.
	listed   bool
	listGen  int
	docs     map[string]*corpus.Article
	docOrder []string
	// refreshing is done when the window closes: it stops the background
	// re-extraction of stale figures.
	refreshing  gocontext.Context
	stopRefresh gocontext.CancelFunc
	// importing is the import under way, pending those asked for since;
	// removed are the articles removed this session, for Undo.
	importing *importJob
	pending   []*importJob
	removed   []library.Article
	imports   *importStrip
	undo      *undoStrip
	adv       *advances // the font's character widths, for the reader
	// plainRead closes when Fyne has read the font for plain text.
	plainRead <-chan struct{}
	loaded    chan struct{} // see Loaded

	figs map[string][]figure.Figure // extracted once per article
	// analysing are the big articles being analysed in the background,
	// each with what to do on the UI thread when it is done.
	analysing map[*corpus.Article][]func()
	charts    *chart.Renderer
	seg       *segment.Segmenter
	places    *gazetteer.Gazetteer // nil until loaded, in Finish

	lib       *libraryList
	search    *searchBox
	panel     *panel // nil until Finish
	panelSlot *fyne.Container
	reader    *Reader
	find      *findBar
	split     *container.Split

	// showExportHook, in tests, takes the export request the dialog
	// would get.
	showExportHook func(exportRequest)
	// launchFiles are the files the app was started with (Options.Files).
	launchFiles []string
	// compareOpen opens the library for the Compare tab (Options.Compare).
	compareOpen func() (CompareSource, error)
	// analysisWait is how long opening a small article waits for its
	// figures before they come in the background (see analyseSmall).
	analysisWait time.Duration
	// escape closes the information dialog on show, if any (Esc).
	escape func()
	// do runs work from a background goroutine on the UI thread: fyne.Do.
	// Fyne's test driver runs such work at once on the calling goroutine,
	// so tests queue it instead and run it when they choose.
	do func(func())
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
	// opens them: the paths given on the command line, which is how a file
	// manager's "Open with" and a file dropped on the program pass them.
	Files []string
	// Compare, when set, opens the library for the Compare tab (the app
	// passes compare.NewLibrary); nil compares the articles in memory.
	Compare func() (CompareSource, error)
}

// New prepares the main window over the library: it applies the
// remembered theme and language and starts reading the font on other
// cores. Create the window meanwhile, then call Start before it shows,
// and Finish once it is on screen.
func New(a fyne.App, opt Options) *Main {
	m := &Main{app: a, set: settings{prefs: a.Preferences()}, version: opt.Version, store: opt.Library,
		seg: opt.Segmenter, figs: map[string][]figure.Figure{}, analysing: map[*corpus.Article][]func(){}, docs: map[string]*corpus.Article{}, do: fyne.Do,
		loaded: make(chan struct{}), launchFiles: opt.Files, compareOpen: opt.Compare, analysisWait: defaultAnalysisWait}
	m.refreshing, m.stopRefresh = gocontext.WithCancel(gocontext.Background())
	if err := loadTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	// The system language too: English is written with "..." for "…".
	if err := useLanguage(m.set.language()); err != nil {
		fyne.LogError("language", err)
	}
	a.Settings().SetTheme(newAppTheme(m.set.theme()))
	m.plainRead = warmFont(fyne.TextStyle{})
	return m
}

// Start builds what the user sees first in w: the library and the last
// article read, where they left it. Everything else waits for Finish, so
// the window appears as fast as Fyne can show a window at all.
func (m *Main) Start(w fyne.Window) {
	m.win = w
	adv, err := newAdvances(assets.Font)
	if err != nil {
		fyne.LogError("font metrics", err) // cannot happen with the embedded font
	}
	m.adv = adv
	m.win.Resize(m.set.windowSize())
	m.win.SetOnClosed(m.closed)
	m.win.SetOnDropped(m.dropped)
	<-m.plainRead
	m.build()
	m.openLast()
	m.loadList()
	m.migratePrefs()
	m.openFiles(m.launchFiles)
}

// Finish builds the rest once the window is on screen: the search index,
// the analysis panel, the figures marked in the text.
func (m *Main) Finish() {
	boldRead := warmFont(fyne.TextStyle{Bold: true}) // meanwhile, the rest
	if m.seg == nil {
		m.seg = segment.Default()
	}
	var err error
	if m.charts, err = chart.NewRenderer(); err != nil {
		fyne.LogError("chart renderer", err) // cannot happen with the embedded font
	}
	m.loadPlaces()
	<-boldRead // the panel's tabs and table headers are bold
	m.buildPanel()
	seg, loaded, store, ctx := m.seg, m.loaded, m.store, m.refreshing // the goroutine reads no field of m
	go func() {
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
func (m *Main) Loaded() <-chan struct{} { return m.loaded }

// build (re)creates the content, menus and shortcuts in the current
// language, keeping the article and the place in it.
func (m *Main) build() {
	var current *corpus.Article
	top := 0
	if m.reader != nil {
		current, top = m.reader.Article(), m.reader.TopParagraph()
	}
	m.win.SetTitle(windowTitle(current))
	m.reader = newReader(m.set.textSize(), m.app.Settings().Theme(), m.adv)
	m.reader.OnCopy = func(s string) { m.app.Clipboard().SetContent(s) }
	m.reader.OnSelecting = func() { m.win.Canvas().Unfocus() }
	m.reader.OnScrolled = m.rememberPosition
	m.reader.RegionChain = func(a *corpus.Article) string { return regionChain(m.places, a.Region, a.RegionCode) }
	m.reader.OnMetaTapped = func() { m.showProperties() }
	m.reader.OnFigureTapped = func(i int) {
		if m.panel != nil {
			m.panel.tabs.SelectIndex(0)
			m.panel.figures.selectFigure(i)
		}
	}
	m.find = newFindBar(m.reader)
	m.find.OnClose = func() { m.win.Canvas().Unfocus() }
	m.lib = newLibraryList()
	m.lib.OnSelect = func(id string) {
		m.openID(id)
		// The keys go to the reader now (Page Down, the arrows), not to
		// the list the article was chosen in.
		m.win.Canvas().Unfocus()
	}
	m.lib.setEntries(m.entries)
	m.imports = newImportStrip()
	m.undo = newUndoStrip(m.undoRemove)
	if m.importing != nil { // rebuilt for a new language mid-import
		m.imports.box.Show()
		m.imports.cancel.OnTapped = m.cancelImports
	}
	m.showUndo()
	m.buildSearch()

	centre := container.NewBorder(m.find.box, nil, nil, nil, m.reader.CanvasObject())
	m.find.layout = centre
	m.panelSlot = container.NewStack()
	left, right := m.set.splits()
	if m.split != nil {
		left, right = m.split.Offset, m.split.Trailing.(*container.Split).Offset
	}
	work := container.NewHSplit(centre, m.panelSlot)
	work.Offset = right
	open := newIconButton(theme.FolderOpenIcon(), m.showOpen)
	searchBar := container.NewVBox(container.NewBorder(nil, nil, nil, open, m.search.entry), m.search.note)
	strips := container.NewVBox(m.imports.box, m.undo.box)
	sidebar := container.NewBorder(searchBar, strips, nil, nil, container.NewStack(m.lib.box, m.search.results))
	m.split = container.NewHSplit(sidebar, work)
	m.split.Offset = left
	m.win.SetContent(m.split)
	m.win.SetMainMenu(m.menu())
	m.addShortcuts()
	if current != nil {
		m.lib.selectID(current.ID)
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
	m.search = newSearchBox(m.store, m.do, m.title, m.adv)
	m.search.ready = func() bool { return m.seg != nil && m.seg.IsReady() }
	m.search.OnOpen = m.openHit
	m.search.OnActive = func(on bool) {
		if on {
			m.lib.box.Hide()
			m.search.results.Show()
		} else {
			m.search.results.Hide()
			m.lib.box.Show()
		}
	}
	m.search.results.Hide()
	if query != "" {
		m.search.entry.SetText(query)
	}
}

// buildPanel makes the analysis panel and fills it for the open article.
func (m *Main) buildPanel() {
	m.panel = newPanel(m.charts, m.allDocs, m.seg)
	m.panel.keywords.do = m.do
	m.panel.figures.OnSelect = func(_ int, f figure.Figure) { m.reader.Mark(f.Start, f.End) }
	m.panel.figures.OnExport = m.exportFigures
	m.panel.charts.OnBar = m.openRef
	m.panel.charts.OnExport = m.exportChart
	m.panel.charts.dark = m.isDark()
	m.panel.keywords.OnLine = func(l keywords.Line) { m.reader.Mark(l.Start, l.End) }
	m.wireCompare()
	m.panelSlot.Objects = []fyne.CanvasObject{m.panel.CanvasObject()}
	m.panelSlot.Refresh()
	if m.seg.IsReady() {
		if a := m.reader.Article(); a != nil {
			m.analyse(a)
		}
		return
	}
	// The extractor reads the dictionary too: analyse once it is loaded,
	// rather than hold the window while it loads. The keywords tab says
	// meanwhile that it is getting ready.
	if a := m.reader.Article(); a != nil {
		m.panel.keywords.show(a)
	}
	seg, do := m.seg, m.do // the goroutine reads no field of m
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
	m.set.setLastArticle(a.ID)
	if p := m.set.position(a.ID); p > 0 {
		m.reader.ScrollToParagraph(p)
	}
	if m.find.box.Visible() {
		m.find.run(m.find.entry.Text)
	}
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
	for _, id := range []string{m.set.lastArticle(), firstEmbedded()} {
		if id == "" {
			continue
		}
		if a, err := m.store.Load(id); err == nil {
			m.open(a)
			return
		}
	}
}

func (m *Main) rememberPosition(paragraph int) {
	if a := m.reader.Article(); a != nil && m.set.position(a.ID) != paragraph {
		m.set.setPosition(a.ID, paragraph)
	}
}

// Reader gives tests and the app the reader.
func (m *Main) Reader() *Reader { return m.reader }

func (m *Main) zoom(delta float32) {
	size := m.set.textSize() + delta
	if delta == 0 {
		size = baseReadingSize
	}
	size = clampF(size, minReadingSize, maxReadingSize)
	m.set.setTextSize(size)
	m.reader.SetTextSize(size)
}

func (m *Main) setTheme(mode ThemeMode) {
	m.set.setTheme(mode)
	t := newAppTheme(mode)
	m.app.Settings().SetTheme(t)
	m.reader.setBaseTheme(t)
	if m.panel != nil {
		m.panel.charts.setDark(m.isDark())
		m.panel.compare.setDark(m.isDark())
		if a := m.reader.Article(); a != nil {
			m.panel.figures.show(a, m.figures(a)) // the legend's colours
		}
	}
	m.win.SetMainMenu(m.menu())
}

func (m *Main) setLanguage(l Language) {
	if err := useLanguage(l); err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	m.set.setLanguage(l)
	m.build()
}

// saveWindow remembers the window's size and dividers. Closing the window
// calls it, and so must Quit: Fyne's Quit ends the app without closing it.
func (m *Main) saveWindow() {
	m.set.setWindowSize(m.win.Canvas().Size())
	if m.split != nil {
		m.set.setSplits(m.split.Offset, m.split.Trailing.(*container.Split).Offset)
	}
}

// closed is the window closing: it saves the window's layout, stops the
// imports and purges what was removed (Undo is no longer offered).
func (m *Main) closed() {
	m.saveWindow()
	m.stopRefresh()
	m.cancelImports()
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
	if a == nil || a.Title == "" {
		return productName
	}
	return a.Title + " — " + productName
}
