package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

// prefOpenedFiles lists the files the user added to the library, so that
// the library survives a restart.
const prefOpenedFiles = "library.files"

// openExtensions are the files the Open dialog offers.
var openExtensions = []string{".txt", ".md", ".html", ".htm"}

// showOpen asks for an article to add to the library.
func (m *Main) showOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, m.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		m.openFiles([]string{path})
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	showFileDialog(d, m.win.Canvas())
}

// dropped opens the files dropped on the window, as File → Open would.
func (m *Main) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	var failed []error
	for _, u := range uris {
		if u.Scheme() != "file" {
			failed = append(failed, fmt.Errorf("%s: %s", tr("Could not open the article"), u.String()))
			continue
		}
		paths = append(paths, u.Path())
	}
	if len(failed) > 0 {
		dialog.ShowError(errors.Join(failed...), m.win)
	}
	m.openFiles(paths)
}

// loadFile reads an article from disk (UTF-8, GBK/GB18030 or UTF-16;
// text, Markdown or HTML). Any goroutine may call it.
func loadFile(path string) (*corpus.Article, error) {
	a, err := corpus.Load(path)
	if err != nil {
		return nil, fileError(tr("Could not open the article"), path, err)
	}
	if len(a.Paragraphs) == 0 {
		return nil, fmt.Errorf("%s: %s", tr("Could not open the article"), tr("{{.Name}} has no text", map[string]any{"Name": filepath.Base(path)}))
	}
	return a, nil
}

// openFile reads an article, adds it to the library and opens it, on the
// UI thread. A file that cannot be read leaves the library as it was.
func (m *Main) openFile(path string) error {
	a, err := loadFile(path)
	if err != nil {
		return err
	}
	m.adopt(a, path, false)
	m.lib.selectID(a.ID)
	return nil
}

// openFiles opens files as openFile does, but reads them, indexes them
// and analyses the big ones off the UI thread: a 10 MB file takes
// seconds, during which the window says it is opening files and stays
// alive. The last file that opens is shown; those that cannot be read are
// named in one message and change nothing.
func (m *Main) openFiles(paths []string) {
	if len(paths) == 0 {
		return
	}
	var progress *openProgress
	if totalSize(paths) >= bigArticle {
		progress = m.showOpenProgress(len(paths))
	}
	m.opening++
	ix, seg, do := m.index, m.seg, m.do
	steps := newOpenSteps(progress, do)
	go func() {
		got, failed := readAway(paths, loadFile, ix, seg, steps)
		do(func() {
			m.opening--
			if progress != nil {
				if progress.cancelled.Load() {
					return // the user cancelled: nothing changes
				}
				progress.finish()
			}
			for _, o := range got {
				m.adopt(o.a, o.path, ix != nil && ix == m.index)
				if o.r != nil {
					m.keep(o.a, *o.r)
				}
			}
			if n := len(got); n > 0 {
				m.lib.selectID(got[n-1].a.ID)
			}
			if len(failed) > 0 {
				dialog.ShowError(errors.Join(failed...), m.win)
			}
			if msg := replacedNote(got); msg != "" {
				dialog.ShowInformation(tr("Open…"), msg, m.win)
			}
		})
	}()
}

// replacedNote says which files had bytes that could not be decoded (and
// are U+FFFD in the text), or "".
func replacedNote(got []read) string {
	var lines []string
	for _, o := range got {
		if o.a.Replaced > 0 {
			lines = append(lines, tr("{{.Name}}: {{.Count}} bytes could not be decoded and are shown as �", map[string]any{"Name": filepath.Base(o.path), "Count": o.a.Replaced}))
		}
	}
	return strings.Join(lines, "\n")
}

// read is a file read off the UI thread, with its analysis when that was
// worked out too.
type read struct {
	path string
	a    *corpus.Article
	r    *analysis
}

// readAway reads files with load and adds them to ix (if not nil); with
// seg, it also analyses the big ones. Any goroutine may call it; nothing
// of the window is touched.
func readAway(paths []string, load func(string) (*corpus.Article, error), ix *search.Index, seg *segment.Segmenter, steps *openSteps) (got []read, failed []error) {
	for _, path := range paths {
		if steps.stopped() {
			return nil, nil
		}
		a, err := load(path)
		steps.done()
		if err != nil {
			failed = append(failed, err)
			steps.done()
			steps.done()
			continue
		}
		if steps.stopped() {
			return nil, nil
		}
		if ix != nil {
			ix.Add(a)
		}
		steps.done()
		o := read{path: path, a: a}
		if isBig(a) && seg != nil && !steps.stopped() {
			r := analyseAway(seg, a)
			o.r = &r
		}
		steps.done()
		got = append(got, o)
	}
	return got, failed
}

// totalSize is the bytes in the files, as far as they can be seen.
func totalSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

// adopt puts an article read from path in the library and remembers the
// file for the next start; indexed says the search index has it already.
func (m *Main) adopt(a *corpus.Article, path string, indexed bool) {
	m.addArticle(a, path, indexed)
	paths := m.app.Preferences().StringList(prefOpenedFiles)
	if !slices.Contains(paths, path) {
		m.app.Preferences().SetStringList(prefOpenedFiles, append(paths, path))
	}
}

// addArticle puts an article in the library; one with the same id (file
// name) is replaced, as when a file is opened again after editing.
func (m *Main) addArticle(a *corpus.Article, path string, indexed bool) {
	delete(m.figs, a.ID)
	if m.panel != nil {
		delete(m.panel.keywords.cache, a.ID)
	}
	if i := slices.IndexFunc(m.articles, func(b *corpus.Article) bool { return b.ID == a.ID }); i >= 0 {
		m.articles[i] = a
		if m.reader.Article() != nil && m.reader.Article().ID == a.ID {
			m.reader.article = nil // show the new text when selected
		}
	} else {
		m.articles = append(m.articles, a)
	}
	m.userFiles[a.ID] = path
	if m.index != nil && !indexed {
		m.index.Add(a)
	}
	m.lib.list.Refresh()
}

// reopenFiles reads back the files the user added in earlier sessions.
// Those that are gone or unreadable are left out and reported. A big file
// other than the one last read is left for reopenLater: reading 10 MB
// would hold the first frame back by some 400 ms.
func (m *Main) reopenFiles() {
	var kept []string
	for _, path := range m.app.Preferences().StringList(prefOpenedFiles) {
		if st, err := os.Stat(path); err == nil && st.Size() >= bigArticle && filepath.Base(path) != m.set.lastArticle() {
			m.later = append(m.later, path)
			kept = append(kept, path)
			continue
		}
		a, err := corpus.Load(path)
		if err != nil {
			m.unopened = append(m.unopened, err.Error())
			continue
		}
		kept = append(kept, path)
		m.articles = append(m.articles, a)
		m.userFiles[a.ID] = path
	}
	if len(m.unopened) > 0 {
		m.app.Preferences().SetStringList(prefOpenedFiles, kept)
	}
}

// reopenLater reads the big files reopenFiles left, off the UI thread, and
// puts them in the library in the order the user added them. Any that
// cannot be read any more are taken out and reported, as at start-up.
func (m *Main) reopenLater() {
	paths := m.later
	m.later = nil
	if len(paths) == 0 {
		return
	}
	ix, do := m.index, m.do
	go func() {
		// Not analysed now: only if the user opens them or charts them.
		got, failed := readAway(paths, corpus.Load, ix, nil, nil)
		do(func() {
			for _, o := range got {
				m.addArticle(o.a, o.path, ix == m.index)
			}
			m.orderUserFiles()
			if len(failed) == 0 {
				return
			}
			prefs := m.app.Preferences()
			var kept []string
			for _, p := range prefs.StringList(prefOpenedFiles) {
				if slices.Contains(paths, p) && !slices.ContainsFunc(got, func(o read) bool { return o.path == p }) {
					continue
				}
				kept = append(kept, p)
			}
			prefs.SetStringList(prefOpenedFiles, kept)
			for _, err := range failed {
				m.unopened = append(m.unopened, err.Error())
			}
			m.reportUnopened()
		})
	}()
}

// orderUserFiles puts the user's articles in the order they were added,
// after the ones Zhibiao comes with.
func (m *Main) orderUserFiles() {
	order := m.app.Preferences().StringList(prefOpenedFiles)
	rank := func(a *corpus.Article) int {
		path, ok := m.userFiles[a.ID]
		if !ok {
			return -1 // an article Zhibiao comes with
		}
		if i := slices.Index(order, path); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(m.articles, func(a, b *corpus.Article) int { return rank(a) - rank(b) })
	m.lib.list.Refresh()
	if a := m.reader.Article(); a != nil {
		m.lib.selectID(a.ID) // its row may have moved; the reader stays as it is
	}
}

func (m *Main) reportUnopened() {
	if len(m.unopened) == 0 {
		return
	}
	msg := tr("These articles could not be opened again and were taken out of the library:") + "\n" + strings.Join(m.unopened, "\n")
	dialog.ShowError(errors.New(msg), m.win)
	m.unopened = nil
}

// removeCurrent takes the article on show out of the library, if the user
// added it; the shipped articles stay.
func (m *Main) removeCurrent() {
	a := m.reader.Article()
	if a == nil {
		return
	}
	path, ok := m.userFiles[a.ID]
	if !ok {
		dialog.ShowInformation(tr("Remove from Library"), tr("The articles that come with Zhibiao cannot be removed."), m.win)
		return
	}
	delete(m.userFiles, a.ID)
	delete(m.figs, a.ID)
	m.articles = slices.DeleteFunc(m.articles, func(b *corpus.Article) bool { return b == a })
	if m.index != nil {
		m.index.Remove(a.ID)
	}
	paths := slices.DeleteFunc(m.app.Preferences().StringList(prefOpenedFiles), func(p string) bool { return p == path })
	m.app.Preferences().SetStringList(prefOpenedFiles, paths)
	m.lib.list.UnselectAll()
	m.lib.list.Refresh()
	m.reader.article = nil
	if len(m.articles) > 0 {
		m.lib.selectID(m.articles[0].ID)
	}
}
