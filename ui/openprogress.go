package ui

import (
	"sync/atomic"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// stepsPerFile are the stages of opening a file: read and decode, index
// for search, find the figures.
const stepsPerFile = 3

// openProgress is the dialog of a slow open: how far it has got, and a
// Cancel that stops it between stages. Cancelled work is thrown away, so
// the library stays as it was; the dialog closes at once.
type openProgress struct {
	dlg       dialog.Dialog
	bar       *widget.ProgressBar
	total     int
	cancelled atomic.Bool
	finished  bool // closed because the work ended, not by Cancel
}

func (m *Main) showOpenProgress(files int) *openProgress {
	p := &openProgress{bar: widget.NewProgressBar(), total: files * stepsPerFile}
	note := widget.NewLabel(tr("Reading the file and finding its figures…"))
	p.dlg = dialog.NewCustom(tr("Opening…"), tr("Cancel"), container.NewVBox(note, p.bar), m.win)
	p.dlg.SetOnClosed(func() {
		if !p.finished {
			p.cancelled.Store(true)
		}
	})
	p.dlg.Show()
	return p
}

// finish closes the dialog when the work is done.
func (p *openProgress) finish() {
	p.finished = true
	p.dlg.Hide()
}

// openSteps is what the goroutine that opens files sees of the dialog:
// it reports stages done and asks whether to go on. A nil one (no
// dialog for a quick open) does nothing.
type openSteps struct {
	p     *openProgress
	do    func(func())
	count int32
}

func newOpenSteps(p *openProgress, do func(func())) *openSteps {
	if p == nil {
		return nil
	}
	return &openSteps{p: p, do: do}
}

func (s *openSteps) stopped() bool { return s != nil && s.p.cancelled.Load() }

// done counts a stage and moves the bar, on the UI thread.
func (s *openSteps) done() {
	if s == nil {
		return
	}
	n := atomic.AddInt32(&s.count, 1)
	p := s.p
	s.do(func() { p.bar.SetValue(float64(n) / float64(p.total)) })
}
