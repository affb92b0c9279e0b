package ui

import (
	gocontext "context" // ui has a func context (figures.go)
	"errors"
	"fmt"
	"path/filepath"
	"slices"
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

// content is the strip, hidden while no import runs.
func (s *importStrip) content() fyne.CanvasObject { return s.box }

// start shows the strip for an import of paths starting; cancel is what
// its Cancel button does, after the strip says it is cancelling.
func (s *importStrip) start(paths []string, cancel func()) {
	s.bar.SetValue(0)
	s.status.SetText(startText(paths))
	s.cancel.OnTapped = func() {
		cancel()
		s.cancel.Disable()
		s.status.SetText(tr("Cancelling…"))
	}
	s.cancel.Enable()
	s.box.Show()
}

// resume shows the strip, made again mid-import (in a new language).
func (s *importStrip) resume(cancel func()) {
	s.box.Show()
	s.cancel.OnTapped = cancel
}

// progress shows where an import stands: the files done and the part
// done of the one in hand (a 9 MB file stood at 0% for half a minute).
func (s *importStrip) progress(p library.Progress) {
	if p.Total > 0 {
		s.bar.SetValue((float64(p.Done) + p.Part) / float64(p.Total))
	}
	s.status.SetText(progressText(p))
}

// hide hides the strip: the import ended.
func (s *importStrip) hide() { s.box.Hide() }

// progressEvery bounds how often an import's progress reaches the UI
// thread: a file of ten thousand takes a few milliseconds.
const progressEvery = 100 * time.Millisecond

// importer runs imports into the library off the UI thread, one at a
// time, with its strip showing where the one under way stands; those asked
// for meanwhile wait their turn.
type importer struct {
	store   Store
	do      func(func()) // runs progress and the end on the UI thread
	running *importJob   // nil when none is
	pending []*importJob
	strip   *importStrip
	every   time.Duration // how often progress may reach the UI thread: progressEvery
	// done is told on the UI thread that a job ended, before the next
	// starts.
	done func(job *importJob, results []library.Result, err error)
}

func newImporter(store Store, do func(func()), done func(*importJob, []library.Result, error)) *importer {
	return &importer{store: store, do: do, done: done, every: progressEvery}
}

// build makes the strip (again, in a new language, mid-import too).
func (im *importer) build() fyne.CanvasObject {
	im.strip = newImportStrip()
	if im.running != nil {
		im.strip.resume(im.cancel)
	}
	return im.strip.content()
}

// start runs a job now, or after the one under way.
func (im *importer) start(job *importJob) {
	if im.running != nil {
		im.pending = append(im.pending, job)
		return
	}
	ctx, cancel := gocontext.WithCancel(gocontext.Background())
	job.cancel = cancel
	im.running = job
	im.strip.start(job.paths, func() {
		job.stopping = true
		cancel()
	})
	store, do, every := im.store, im.do, im.every // the goroutine reads no field of im
	go func() {
		var last time.Time
		results, err := store.Import(ctx, job.paths, func(p library.Progress) {
			if time.Since(last) < every && p.Done < p.Total {
				return
			}
			last = time.Now()
			do(func() { im.showProgress(job, p) })
		})
		do(func() { im.finish(job, results, err) })
	}()
}

func (im *importer) showProgress(job *importJob, p library.Progress) {
	if im.running != job || job.stopping {
		return
	}
	im.strip.progress(p)
}

// finish ends a job: the window is told, then the next job starts.
func (im *importer) finish(job *importJob, results []library.Result, err error) {
	job.cancel()
	im.running = nil
	im.strip.hide()
	im.done(job, results, err)
	if job.done != nil {
		job.done()
	}
	if len(im.pending) > 0 {
		next := im.pending[0]
		im.pending = im.pending[1:]
		im.start(next)
	}
}

// cancel stops the import under way and those waiting: the window
// closes.
func (im *importer) cancel() {
	im.pending = nil
	if im.running != nil {
		im.running.cancel()
	}
}

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
	if m.env.store.ReadOnly() {
		dialog.ShowError(errors.New(tr("Another Zhibiao has the library open: it is read-only here.")), m.win)
		return
	}
	m.importer.start(job)
}

// startText is the strip's line until the first file is in: the file's
// name when one file is opened (a 10 MB file takes seconds, all of them
// said "Looking for files…" of a file already found), else the search
// for files in the folders.
func startText(paths []string) string {
	if len(paths) == 1 && isFile(paths[0]) {
		return tr("Reading {{.Name}}…", map[string]any{"Name": filepath.Base(paths[0])})
	}
	return tr("Looking for files…")
}

// progressText is the strip's line: 120 / 10000 · 温县.txt · 1 min left;
// while a big file is under way, 0 / 1 · 汇编.txt 43%.
func progressText(p library.Progress) string {
	name := filepath.Base(p.Current)
	if p.Part > 0 {
		name += fmt.Sprintf(" %d%%", int(p.Part*100))
	}
	parts := []string{fmt.Sprintf("%d / %d", p.Done, p.Total), name}
	if p.Left > 0 {
		parts = append(parts, tr("{{.Left}} left", map[string]any{"Left": p.Left.Round(time.Second).String()}))
	}
	return strings.Join(parts, " · ")
}

// importDone shows the library with what was imported, opens the last
// file when asked, and says what could not be imported, and why.
func (m *Main) importDone(job *importJob, results []library.Result, err error) {
	for _, r := range results {
		if r.Status == library.Added && r.Version > 1 {
			m.forget(r.Doc) // a new version of an article
		}
	}
	m.reload()
	if cur := m.reader.Article(); cur != nil && m.articleByID(cur.ID) != cur {
		m.reader.Forget() // its new version shows when selected
		m.library.selectID(cur.ID)
		m.open(m.articleByID(cur.ID))
	}
	if job.open {
		if id := lastImported(results); id != "" {
			m.library.selectID(id)
		}
	}
	cancelled := errors.Is(err, gocontext.Canceled)
	if err != nil && !cancelled {
		dialog.ShowError(explained(tr("Could not import"), err), m.win)
	}
	// Counts for a folder, and for several files opened at once: the
	// report of two that failed among five did not say three were added.
	// A folder given on the command line is counted too, even when it
	// held no report: the user is told it had none.
	counts := !job.open || len(results) > 1 || slices.ContainsFunc(job.paths, isFolder)
	if msg := importReport(results, cancelled, counts); msg != "" {
		m.showImportReport(msg)
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
			failed = append(failed, filepath.Base(r.Path)+": "+reason(r.Err))
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

// showImportReport shows the report in a dialog that scrolls: a folder
// may hold hundreds of files that fail.
func (m *Main) showImportReport(msg string) {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(420, 160))
	m.showClosable(dialog.NewCustom(tr("Import"), tr("Close"), scroll, m.win))
}
