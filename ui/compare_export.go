package ui

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// compareWiring is what the Compare tab needs from the window.
type compareWiring struct {
	do   func(func()) // runs a background query's result on the UI thread
	dark bool
	// open, when set, opens the library's figure rows: the window's
	// articles are never all read for it.
	open     func() (CompareSource, error)
	onRef    func(ref chart.Ref) // opens a value's sentence in the reader
	onExport func()
}

// wire connects the Compare tab to the reader, the export dialog and the
// theme; the panel calls it.
func (t *compareTab) wire(w compareWiring) {
	t.OnRef = w.onRef
	t.do = w.do
	t.OnExport = w.onExport
	t.dark = w.dark
	if w.open != nil {
		t.open, t.source = w.open, nil
	}
}

// content is the tab's content, for the panel's tabs.
func (t *compareTab) content() fyne.CanvasObject { return t.box }

// newCompareTabFor makes the Compare tab over the window's articles.
func newCompareTabFor(r *chart.Renderer, docs func() []chart.Doc) *compareTab {
	return newCompareTab(memorySource{docs: docs}, func() *gazetteer.Gazetteer { return figure.Default().Places }, r)
}

// exportCompare exports the Compare tab's table and chart.
func (m *Main) exportCompare() {
	if m.panel == nil {
		return
	}
	if req, ok := m.panel.compareExport(m.env.charts, m.exported); ok {
		m.showExport(req)
	}
}

// export is the request to export the table as CSV (one row per place
// and year with its source, for Excel) or the chart as PNG (twice the
// size, for print) or SVG, each written atomically; false when there is
// nothing to export.
func (t *compareTab) export(r *chart.Renderer, done func(path string)) (exportRequest, bool) {
	rows := t.current.Rows()
	if len(rows) == 0 {
		return exportRequest{}, false
	}
	c := t.chart
	print := widget.NewCheck(tr("Double resolution (print)"), nil)
	print.SetChecked(true)
	return exportRequest{
		title:   tr("Export Comparison"),
		name:    safeFileName(t.current.Indicator + " " + kindLabel(t.current.Kind)),
		formats: []string{".csv", ".png", ".svg"},
		extra:   print,
		// double resolution is for the picture, not the table
		pictureOnly: true,
		write: func(path string) error {
			if strings.EqualFold(filepath.Ext(path), ".csv") {
				return fileio.WriteAtomic(path, func(w io.Writer) error { return compare.WriteCSV(w, rows) })
			}
			if c == nil {
				return errors.New(tr("Nothing to chart here."))
			}
			opt := chart.Options{Width: chart.DefaultWidth, Height: chart.DefaultHeight, Scale: 1}
			if c.Kind != chart.Lines {
				opt.Height = max(opt.Height, chart.SuggestHeight(*c, opt.Width))
			}
			if print.Checked {
				opt.Scale = chart.ExportScale
			}
			return r.WriteFile(path, *c, opt)
		},
		done: done,
	}, true
}
