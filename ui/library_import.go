package ui

import (
	gocontext "context" // ui has a func context (figures.go)
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/library"
)

// importJob is an import into the library, running in the background.
type importJob struct {
	paths []string
	// open says to show the last file imported: File → Open and the files
	// the app was started with, not a folder.
	open   bool
	cancel gocontext.CancelFunc
	// stopping is set once the user cancels: the strip says so from then.
	stopping bool
	// done, if not nil, is called on the UI thread when it ends.
	done func()
}

// importStrip shows the import under way under the library list, where it
// does not stand in the way: a bar, the count, the file, the time left,
// and Cancel. The window stays usable throughout.
type importStrip struct {
	box    *fyne.Container
	bar    *widget.ProgressBar
	status *widget.Label
	cancel *widget.Button
}

func newImportStrip() *importStrip {
	s := &importStrip{bar: widget.NewProgressBar(), status: widget.NewLabel("")}
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.status.SizeName = theme.SizeNameCaptionText
	s.cancel = &widget.Button{Text: tr("Cancel"), Icon: theme.CancelIcon(), Importance: widget.LowImportance}
	s.box = container.NewVBox(container.NewBorder(nil, nil, nil, s.cancel, s.bar), s.status)
	s.box.Hide()
	return s
}

// progressEvery bounds how often an import's progress reaches the UI
// thread: a file of ten thousand takes a few milliseconds.
const progressEvery = 100 * time.Millisecond

// importPaths adds files and folders to the library off the UI thread,
// with the strip showing where it stands. Another import asked for
// meanwhile waits for this one.
func (m *Main) importPaths(paths []string, open bool) {
	m.startImport(&importJob{paths: paths, open: open})
}

func (m *Main) startImport(job *importJob) {
	if len(job.paths) == 0 {
		return
	}
	if m.store.ReadOnly() {
		dialog.ShowError(errors.New(tr("Another Zhibiao has the library open: it is read-only here.")), m.win)
		return
	}
	if m.importing != nil {
		m.pending = append(m.pending, job)
		return
	}
	ctx, cancel := gocontext.WithCancel(gocontext.Background())
	job.cancel = cancel
	m.importing = job
	s := m.imports
	s.bar.SetValue(0)
	s.status.SetText(tr("Looking for files…"))
	s.cancel.OnTapped = func() {
		job.stopping = true
		cancel()
		s.cancel.Disable()
		s.status.SetText(tr("Cancelling…"))
	}
	s.cancel.Enable()
	s.box.Show()
	store, do := m.store, m.do // the goroutine reads no field of m
	go func() {
		var last time.Time
		results, err := store.Import(ctx, job.paths, func(p library.Progress) {
			if time.Since(last) < progressEvery && p.Done < p.Total {
				return
			}
			last = time.Now()
			do(func() { m.showProgress(job, p) })
		})
		do(func() { m.importDone(job, results, err) })
	}()
}

func (m *Main) showProgress(job *importJob, p library.Progress) {
	if m.importing != job || job.stopping {
		return
	}
	s := m.imports
	if p.Total > 0 {
		s.bar.SetValue(float64(p.Done) / float64(p.Total))
	}
	s.status.SetText(progressText(p))
}

// progressText is the strip's line: 120 / 10000 · 温县.txt · 1 min left.
func progressText(p library.Progress) string {
	parts := []string{fmt.Sprintf("%d / %d", p.Done, p.Total), filepath.Base(p.Current)}
	if p.Left > 0 {
		parts = append(parts, tr("{{.Left}} left", map[string]any{"Left": p.Left.Round(time.Second).String()}))
	}
	return strings.Join(parts, " · ")
}

// importDone shows the library with what was imported, opens the last
// file when asked, and says what could not be imported, and why.
func (m *Main) importDone(job *importJob, results []library.Result, err error) {
	job.cancel()
	m.importing = nil
	m.imports.box.Hide()
	for _, r := range results {
		if r.Status == library.Added && r.Version > 1 {
			m.forget(r.Doc) // a new version of an article
		}
	}
	m.reload()
	if cur := m.reader.Article(); cur != nil && m.articleByID(cur.ID) != cur {
		m.reader.article = nil // its new version shows when selected
		m.lib.selectID(cur.ID)
		m.open(m.articleByID(cur.ID))
	}
	if job.open {
		if id := lastImported(results); id != "" {
			m.lib.selectID(id)
		}
	}
	cancelled := errors.Is(err, gocontext.Canceled)
	if err != nil && !cancelled {
		dialog.ShowError(err, m.win)
	}
	if msg := importReport(results, cancelled, !job.open); msg != "" {
		m.showImportReport(msg)
	}
	if job.done != nil {
		job.done()
	}
	if len(m.pending) > 0 {
		next := m.pending[0]
		m.pending = m.pending[1:]
		m.startImport(next)
	}
}

// lastImported is the article of the last file added or already there.
func lastImported(results []library.Result) string {
	for i := len(results) - 1; i >= 0; i-- {
		if r := results[i]; r.Status != library.Failed && r.Doc != "" {
			return r.Doc
		}
	}
	return ""
}

// importReport says what an import did: every failure with its reason,
// and, for a folder or a cancelled import, the counts. It is "" when there
// is nothing to say.
func importReport(results []library.Result, cancelled, counts bool) string {
	var added, dup int
	var failed []string
	for _, r := range results {
		switch r.Status {
		case library.Added:
			added++
		case library.Duplicate:
			dup++
		default:
			failed = append(failed, filepath.Base(r.Path)+": "+errText(r.Err))
		}
	}
	var lines []string
	if counts || cancelled {
		lines = append(lines, tr("{{.Added}} added, {{.Dup}} already in the library, {{.Failed}} could not be imported.",
			map[string]any{"Added": added, "Dup": dup, "Failed": len(failed)}))
	}
	if cancelled {
		lines = append(lines, tr("Cancelled: the files imported so far are kept."))
	}
	if len(failed) > 0 {
		lines = append(lines, "", tr("Could not be imported:"))
		lines = append(lines, failed...)
	}
	if note := replacedNote(results); note != "" {
		lines = append(lines, "", note)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// replacedNote says which files had bytes that could not be decoded (and
// are U+FFFD in the text), or "".
func replacedNote(results []library.Result) string {
	var lines []string
	for _, r := range results {
		if r.Status == library.Added && r.Replaced > 0 {
			lines = append(lines, tr("{{.Name}}: {{.Count}} bytes could not be decoded and are shown as �", map[string]any{"Name": filepath.Base(r.Path), "Count": r.Replaced}))
		}
	}
	return strings.Join(lines, "\n")
}

func errText(err error) string {
	if err == nil {
		return tr("unknown error")
	}
	return err.Error()
}

// showImportReport shows the report in a dialog that scrolls: a folder
// may hold hundreds of files that fail.
func (m *Main) showImportReport(msg string) {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(420, 160))
	dialog.ShowCustom(tr("Import"), tr("Close"), scroll, m.win)
}

// cancelImports stops the import under way and those waiting: the window
// closes.
func (m *Main) cancelImports() {
	m.pending = nil
	if m.importing != nil {
		m.importing.cancel()
	}
}
