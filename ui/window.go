// Package ui builds Zhibiao's window: the library, the reader, the
// analysis panel and the menus. It never creates the application itself
// (that is package app's job), so it can be driven headless with
// fyne.io/fyne/v2/test.
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Main is the main window's content and the state behind it.
type Main struct {
	app      fyne.App
	win      fyne.Window
	set      settings
	version  string
	articles []*corpus.Article
	// userFiles are the articles the user opened, by id, with their paths.
	userFiles map[string]string
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
	index     *search.Index

	lib       *library
	search    *searchBox
	panel     *panel // nil until Finish
	panelSlot *fyne.Container
	reader    *Reader
	find      *findBar
	split     *container.Split

	// showExportHook, in tests, takes the export request the dialog
	// would get.
	showExportHook func(exportRequest)
	// unopened lists files of the library that could not be read again at
	// start-up, to tell the user once the window is up.
	unopened []string
	// later are big files of the library read once the window is up.
	later []string
	// launchFiles are the files the app was started with (Options.Files).
	launchFiles []string
	// do runs work from a background goroutine on the UI thread: fyne.Do.
	// Fyne's test driver runs such work at once on the calling goroutine,
	// so tests queue it instead and run it when they choose.
	do func(func())
}

// Options are what the window needs from outside.
type Options struct {
	Version string
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
}

// New prepares the main window over the given articles: it applies the
// remembered theme and language and starts reading the font on other
// cores. Create the window meanwhile, then call Start before it shows,
// and Finish once it is on screen.
func New(a fyne.App, articles []*corpus.Article, opt Options) *Main {
	m := &Main{app: a, set: settings{prefs: a.Preferences()}, version: opt.Version, articles: articles,
		seg: opt.Segmenter, figs: map[string][]figure.Figure{}, analysing: map[*corpus.Article][]func(){}, userFiles: map[string]string{}, do: fyne.Do,
		loaded: make(chan struct{}), launchFiles: opt.Files}
	if err := loadTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	if l := m.set.language(); l != LangSystem {
		if err := useLanguage(l); err != nil {
			fyne.LogError("language", err)
		}
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
	m.reopenFiles()
	m.win.Resize(m.set.windowSize())
	m.win.SetOnClosed(m.saveWindow)
	m.win.SetOnDropped(m.dropped)
	<-m.plainRead
	m.build()
	m.openLast()
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
	m.index = search.NewIndex(m.seg, m.articles...)
	m.search.setIndex(m.index)
	m.reportUnopened()
	m.reopenLater()
	<-boldRead // the panel's tabs and table headers are bold
	m.buildPanel()
	ix, do, loaded := m.index, m.do, m.loaded // the goroutine reads no field of m
	go func() {
		// Results found by substring become results found by words.
		<-ix.Ready()
		do(func() { m.search.run() }) // m.search as it is then: a language switch replaces it
		close(loaded)
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
	m.reader.OnFigureTapped = func(i int) {
		if m.panel != nil {
			m.panel.tabs.SelectIndex(0)
			m.panel.figures.selectFigure(i)
		}
	}
	m.find = newFindBar(m.reader)
	m.find.OnClose = func() { m.win.Canvas().Unfocus() }
	m.lib = newLibrary(func() []*corpus.Article { return m.articles })
	m.lib.OnSelect = m.open
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
	sidebar := container.NewBorder(searchBar, nil, nil, nil, container.NewStack(m.lib.list, m.search.results))
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
	m.search = newSearchBox(m.index, func() []*corpus.Article { return m.articles }, m.adv)
	m.search.OnOpen = m.openHit
	m.search.OnActive = func(on bool) {
		if on {
			m.lib.list.Hide()
			m.search.results.Show()
		} else {
			m.search.results.Hide()
			m.lib.list.Show()
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

// open shows an article and returns to where the user last was in it.
func (m *Main) open(a *corpus.Article) {
	if m.reader.Article() == a {
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

func (m *Main) openLast() {
	if len(m.articles) == 0 {
		return
	}
	id := m.set.lastArticle()
	if m.articleByID(id) == nil {
		id = m.articles[0].ID
	}
	m.lib.selectID(id)
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

// quit saves what closing the window would, then ends the app.
func (m *Main) quit() {
	m.saveWindow()
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
