package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/zhibiao/zhibiao/data/corpus"
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
		if err := m.openFile(path); err != nil {
			dialog.ShowError(err, m.win)
		}
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	d.Show()
}

// dropped opens the files dropped on the window, as File → Open would;
// the last one that opens is shown. Those that cannot be read are named in
// one message, and change nothing.
func (m *Main) dropped(_ fyne.Position, uris []fyne.URI) {
	var failed []error
	for _, u := range uris {
		if u.Scheme() != "file" {
			failed = append(failed, fmt.Errorf("%s: %s", tr("Could not open the article"), u.String()))
			continue
		}
		if err := m.openFile(u.Path()); err != nil {
			failed = append(failed, err)
		}
	}
	if len(failed) > 0 {
		dialog.ShowError(errors.Join(failed...), m.win)
	}
}

// openFile reads an article from disk (UTF-8, GBK/GB18030 or UTF-16;
// text, Markdown or HTML), adds it to the library and opens it. A file
// that cannot be read leaves the library as it was.
func (m *Main) openFile(path string) error {
	a, err := corpus.Load(path)
	if err != nil {
		return fmt.Errorf("%s: %w", tr("Could not open the article"), err)
	}
	if len(a.Paragraphs) == 0 {
		return fmt.Errorf("%s: %s", tr("Could not open the article"), tr("{{.Name}} has no text", map[string]any{"Name": filepath.Base(path)}))
	}
	m.addArticle(a, path)
	paths := m.app.Preferences().StringList(prefOpenedFiles)
	if !slices.Contains(paths, path) {
		m.app.Preferences().SetStringList(prefOpenedFiles, append(paths, path))
	}
	m.lib.selectID(a.ID)
	return nil
}

// addArticle puts an article in the library; one with the same id (file
// name) is replaced, as when a file is opened again after editing.
func (m *Main) addArticle(a *corpus.Article, path string) {
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
	if m.index != nil {
		m.index.Add(a)
	}
	m.lib.list.Refresh()
}

// reopenFiles reads back the files the user added in earlier sessions.
// Those that are gone or unreadable are left out and reported.
func (m *Main) reopenFiles() {
	var kept []string
	for _, path := range m.app.Preferences().StringList(prefOpenedFiles) {
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

// reportUnopened tells the user which files could not be read again.
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
