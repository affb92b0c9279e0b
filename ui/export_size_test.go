package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
)

// The chart export's sizes say what the file will be: fourteen growth
// rates of a county bulletin make the chart taller than 500 to hold their
// bars, and "800 × 500" wrote an 800 × 584 picture.
func TestExportChartSizeSaysFileSize(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.panel.tabs.SelectIndex(tabCharts)
	var req exportRequest
	m.shell.showExportHook = func(r exportRequest) { req = r }
	c := chart.Chart{Kind: chart.HBar, Title: "南昌市 2023年 增速", Unit: "%"}
	for i := range 14 {
		c.Bars = append(c.Bars, chart.Bar{Label: fmt.Sprintf("第%d项支出", i), Value: float64(i)})
	}
	m.panel.charts.current = &c
	m.exportChart()
	if req.write == nil {
		t.Fatal("no export asked")
	}
	box := req.extra.(*fyne.Container)
	size, print := box.Objects[0].(*widget.Select), box.Objects[1].(*widget.Check)
	print.SetChecked(false)
	var w, h int
	if _, err := fmt.Sscanf(size.Selected, "%d × %d", &w, &h); err != nil {
		t.Fatalf("size %q: %v", size.Selected, err)
	}
	path := filepath.Join(t.TempDir(), "chart.png")
	if err := req.write(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != w || cfg.Height != h {
		t.Errorf("the dialog offers %q, the file is %d × %d (%v)", size.Selected, cfg.Width, cfg.Height, err)
	}
}
