package ui

import (
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/zhibiao/zhibiao/data/library"
)

// prefOpenedFiles listed the files the user added, before the library was
// a database. The first start after the upgrade imports them, once.
const prefOpenedFiles = "library.files"

// showOpen asks for an article to add to the library, and shows it.
func (m *Main) showOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(explained(tr("Could not open the article"), err), m.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		m.openFiles([]string{path})
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter(library.Extensions))
	showFileDialog(d, m.win.Canvas())
}

// showAddFolder asks for a folder whose reports (recursively: .txt, .md,
// .html, .htm) join the library.
func (m *Main) showAddFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(explained(tr("Could not open the folder"), err), m.win)
			return
		}
		if u != nil {
			m.importPaths([]string{u.Path()}, false)
		}
	}, m.win)
	showFileDialog(d, m.win.Canvas()) // its places in the interface language
}

// dropped imports the files and folders dropped on the window; a single
// file dropped is shown, as File → Open shows it, and a folder is counted
// as File → Add Folder counts it.
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
	m.importPaths(paths, len(paths) == 1 && isFile(paths[0]))
}

// isFile tells a file from a folder (or what cannot be seen).
func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

// isFolder reports whether path is a folder.
func isFolder(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// openFiles imports files into the library in the background and shows
// the last one: File → Open, and the files and folders the app was
// started with (a folder's reports all join the library, the last one
// shown, with the counts said as File → Add Folder says them).
func (m *Main) openFiles(paths []string) { m.importPaths(paths, true) }

// migratePrefs imports the files the preferences listed before the
// library was a database, once: the list is dropped when the import ends,
// whatever became of each file (those that failed are reported).
func (m *Main) migratePrefs() {
	prefs := m.app.Preferences()
	paths := prefs.StringList(prefOpenedFiles)
	if len(paths) == 0 || m.env.store.ReadOnly() {
		return
	}
	m.startImport(&importJob{paths: paths, done: func() { prefs.RemoveValue(prefOpenedFiles) }})
}
