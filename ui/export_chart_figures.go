package ui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
)

// exportSizes are the chart sizes offered, in logical pixels; the PNG is
// twice as large by default, for print.
var exportSizes = []struct{ w, h int }{{800, 500}, {1000, 625}, {1200, 750}, {640, 400}}

// exportChartOrFigures is Ctrl+S: the chart on show, or the figures when
// there is none (the panel is on another tab, or the article has nothing
// to chart).
func (m *Main) exportChartOrFigures() {
	if m.panel == nil {
		return
	}
	if m.panel.chartOnShow() != nil {
		m.exportChart()
		return
	}
	if m.panel.comparing() {
		m.exportCompare()
		return
	}
	m.exportFigures()
}

// exportChart exports the chart on show as PNG or SVG, or its data as CSV.
func (m *Main) exportChart() {
	if m.panel == nil || m.panel.shownChart() == nil {
		return
	}
	c := *m.panel.shownChart()
	// Each size as the file will be: a chart of many bars is made taller
	// than the size's height to hold them, and 800 × 500 gave 800 × 584.
	var sizes []string
	for _, s := range exportSizes {
		sizes = append(sizes, fmt.Sprintf("%d × %d", s.w, exportHeight(c, s.w, s.h)))
	}
	size := newSelect(sizes, nil)
	size.SetSelectedIndex(0)
	print := widget.NewCheck(tr("Double resolution (print)"), nil)
	print.SetChecked(true)
	m.showExport(exportRequest{
		title:      tr("Export Chart"),
		name:       safeFileName(c.Title),
		formats:    []string{".png", ".svg", ".csv"},
		extra:      container.NewVBox(size, print),
		extraLabel: tr("Size"),
		// size and resolution are the picture's, not the data's (.csv)
		pictureOnly: true,
		write: func(path string) error {
			if strings.EqualFold(filepath.Ext(path), ".csv") {
				return chart.WriteDataFile(path, c)
			}
			s := exportSizes[max(size.SelectedIndex(), 0)]
			opt := chart.Options{Width: s.w, Height: exportHeight(c, s.w, s.h), Scale: 1}
			if print.Checked {
				opt.Scale = chart.ExportScale
			}
			return m.env.charts.WriteFile(path, c, opt)
		},
		done: m.exported,
	})
}

// exportHeight is the height a chart is exported at for a size offered:
// the size's, or more when its bars or panels need more.
func exportHeight(c chart.Chart, w, h int) int { return max(h, chart.SuggestHeight(c, w)) }

// exportFigures exports the figures as CSV (for Excel) or JSON: those the
// table shows, filtered and sorted as on screen, or all of the article's.
func (m *Main) exportFigures() {
	a := m.reader.Article()
	if a == nil || m.panel == nil {
		return
	}
	all := m.figures(a)
	shown := m.panel.shownFigures()
	choices := []string{
		tr("As shown ({{.N}} of {{.Total}})", map[string]any{"N": len(shown), "Total": len(all)}),
		tr("All figures ({{.Total}})", map[string]any{"Total": len(all)}),
	}
	which := newSelect(choices, nil)
	which.SetSelectedIndex(0)
	m.showExport(exportRequest{
		title:      tr("Export Figures"),
		name:       figuresFileName(a),
		formats:    []string{".csv", ".json", ".jsonl"},
		extra:      which,
		extraLabel: tr("Figures"),
		write: func(path string) error {
			figs := shown
			if which.SelectedIndex() == 1 {
				figs = all
			}
			return fileio.WriteAtomic(path, func(w io.Writer) error {
				switch strings.ToLower(filepath.Ext(path)) {
				case ".json":
					return fileio.WriteJSON(w, figs)
				case ".jsonl":
					return figure.WriteJSONL(w, figs)
				}
				return figure.WriteCSVWith(w, figs, csvLabels...)
			})
		},
		done: m.exported,
	})
}

// csvLabels are the columns the window's CSV adds beside the codes: the
// kind and the derivation in the interface language.
var csvLabels = []figure.Column{
	{Name: "kind_label", After: "kind", Value: func(f figure.Figure) string { return kindLabel(f.Kind) }},
	{Name: "derived_from_label", After: "derived_from", Value: func(f figure.Figure) string { return derivedText(f.DerivedFrom) }},
}

// figuresFileName is the default name of an article's figures: its title,
// which the user recognises, rather than its id, a hash for most files.
func figuresFileName(a *corpus.Article) string {
	base := strings.TrimSuffix(a.ID, filepath.Ext(a.ID))
	if t := []rune(strings.TrimSpace(a.Title)); len(t) > 0 {
		base = safeFileName(string(t[:min(len(t), 40)]))
	}
	return base + "-" + tr("figures")
}

// exported tells the user where the file went, without a dialog to close.
func (m *Main) exported(path string) {
	m.app.SendNotification(fyne.NewNotification(tr("Exported"), path))
	m.panel.status(tr("Saved {{.Path}}", map[string]any{"Path": path}))
}

// safeFileName turns a chart title into a file name.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		if r == ' ' || r == '　' {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		return "chart"
	}
	return s
}
