package ui

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// wireCompare connects the Compare tab to the reader, the export dialog
// and the theme; buildPanel calls it.
func (m *Main) wireCompare() {
	t := m.panel.compare
	t.OnRef = m.openRef
	t.do = m.do
	t.OnExport = m.exportCompare
	t.dark = m.isDark()
	if m.compareOpen != nil {
		// The library answers from its figure rows: the window's articles
		// are never all read for it.
		t.open, t.source = m.compareOpen, nil
	}
	tabs := m.panel.tabs
	prev := tabs.OnSelected
	tabs.OnSelected = func(it *container.TabItem) {
		if prev != nil {
			prev(it)
		}
		if it.Content == t.box {
			t.load()
		}
	}
}

// newCompareTabFor makes the Compare tab over the window's articles.
func newCompareTabFor(r *chart.Renderer, docs func() []chart.Doc) *compareTab {
	return newCompareTab(memorySource{docs: docs}, func() *gazetteer.Gazetteer { return figure.Default().Places }, r)
}

// exportCompare exports the table as CSV (one row per place and year with
// its source, for Excel) or the chart as PNG (twice the size, for print)
// or SVG, each written atomically.
func (m *Main) exportCompare() {
	if m.panel == nil {
		return
	}
	t := m.panel.compare
	rows := t.current.Rows()
	if len(rows) == 0 {
		return
	}
	c := t.chart
	print := widget.NewCheck(tr("Double resolution (print)"), nil)
	print.SetChecked(true)
	m.showExport(exportRequest{
		title:   tr("Export Comparison"),
		name:    safeFileName(t.current.Indicator + " " + kindLabel(t.current.Kind)),
		formats: []string{".csv", ".png", ".svg"},
		extra:   print,
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
			return m.charts.WriteFile(path, *c, opt)
		},
		done: m.exported,
	})
}
