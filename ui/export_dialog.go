package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// exportRequest describes one export: what to call the file, in which
// formats it can be written, extra options to show, and the function that
// writes it. write must write atomically (data/fileio): Fyne's own save
// dialog opens and truncates the chosen file before we write a byte, so a
// failed export would lose the old file; this dialog only picks a path.
type exportRequest struct {
	title   string
	name    string   // file name without extension
	formats []string // extensions, e.g. ".png", ".svg"
	extra   fyne.CanvasObject
	// extraLabel names extra in the form.
	extraLabel string
	// pictureOnly says extra sets how a picture is drawn (its size, double
	// resolution): it is greyed while the format is a table's (.csv).
	pictureOnly bool
	write       func(path string) error
	done        func(path string) // told of a successful write
}

const prefExportDir = "export.folder"

// showExport opens the export dialog: folder, file name, format.
func (m *Main) showExport(req exportRequest) {
	if m.shell.showExportHook != nil {
		m.shell.showExportHook(req)
		return
	}
	dir := m.app.Preferences().StringWithFallback(prefExportDir, defaultExportDir())
	folder := widget.NewLabel(dir)
	folder.Truncation = fyne.TextTruncateEllipsis
	name := widget.NewEntry()
	name.SetText(req.name)
	format := newSelect(req.formats, nil)
	if req.pictureOnly {
		format.OnChanged = func(f string) { setEnabled(req.extra, f != ".csv") }
	}
	format.SetSelectedIndex(0)
	choose := widget.NewButton(tr("Choose…"), func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				dir = u.Path()
				folder.SetText(dir)
			}
		}, m.win)
		if u, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(u)
		}
		showFileDialog(d, m.win.Canvas())
	})
	items := []*widget.FormItem{
		widget.NewFormItem(tr("Folder"), container.NewBorder(nil, nil, nil, choose, folder)),
		widget.NewFormItem(tr("File name"), name),
		widget.NewFormItem(tr("Format"), format),
	}
	if req.extra != nil {
		items = append(items, widget.NewFormItem(req.extraLabel, req.extra))
	}
	d := dialog.NewForm(req.title, tr("Export"), tr("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		base := strings.TrimSpace(name.Text)
		if base == "" {
			dialog.ShowError(errors.New(tr("Please give the file a name.")), m.win)
			return
		}
		path := filepath.Join(dir, strings.TrimSuffix(base, format.Selected)+format.Selected)
		m.app.Preferences().SetString(prefExportDir, dir)
		write := func() {
			if err := req.write(path); err != nil {
				dialog.ShowError(fileError(tr("Could not export"), path, err), m.win)
				return
			}
			if req.done != nil {
				req.done(path)
			}
		}
		if _, err := os.Stat(path); err == nil {
			confirmReplace(filepath.Base(path), m.win, write)
			return
		}
		write()
	}, m.win)
	// Enter in the name exports, as the default button: it did nothing.
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, 0))
	m.escapeHides(d)
	d.Show()
}

// defaultExportDir is where exports go until the user picks a folder:
// Documents if there is one, else the home folder.
func defaultExportDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

// staleExport is how old an export's temporary file must be to be taken
// for one an interrupted export left (a running export writes for
// seconds at most).
const staleExport = 10 * time.Minute

// CleanExports removes, from the folder exports go to, the temporary
// files of exports interrupted in an earlier run (killed, or the machine
// off mid-write). Any goroutine may call it.
func CleanExports(p fyne.Preferences) int {
	return fileio.CleanTemps(p.StringWithFallback(prefExportDir, defaultExportDir()), staleExport)
}

// setEnabled enables or greys every control in o: Compare's export offered
// double resolution for a CSV file, which has none.
func setEnabled(o fyne.CanvasObject, on bool) {
	switch v := o.(type) {
	case fyne.Disableable:
		if on {
			v.Enable()
		} else {
			v.Disable()
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			setEnabled(c, on)
		}
	}
}
