package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// inputsSource answers the tab from figures made up for it.
type inputsSource struct{ in []compare.Input }

func (s inputsSource) Indicators() []compare.Indicator {
	return compare.Indicators(compare.Counts(s.in))
}

func (s inputsSource) Table(q compare.Query) (compare.Table, error) { return compare.Build(s.in, q) }

// growthOf is 地区生产总值 growth of every place in every year, one
// bulletin each.
func growthOf(places []compare.Place, years []int) []compare.Input {
	var in []compare.Input
	for i, p := range places {
		for _, y := range years {
			y := y
			v := 4 + float64((i*3+y)%9)/2
			in = append(in, compare.Input{Signed: v, Figure: figure.Figure{
				Doc: fmt.Sprintf("%s%d年统计公报.txt", p.Name, y), Start: 100, End: 104, Text: fmt.Sprintf("%.1f%%", v),
				Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值",
				Region: p.Name, RegionCode: p.Code, Year: &y}})
		}
	}
	return in
}

// More places than lines can be told apart (郑州市 and its 15 districts,
// counties and zones): the chart over the years is a small chart per place and
// the picker says so; ranked in 2024, each county shows 居全市第N, the
// city is not ranked among them, and the export is as tall as the rows.
func TestCompareManyPlaces(t *testing.T) {
	test.NewTempApp(t)
	g := figure.Default().Places
	places := compare.Under(g, "410100")
	r, err := chart.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	ct := newCompareTab(inputsSource{growthOf(places, []int{2019, 2020, 2021, 2022, 2023, 2024})},
		func() *gazetteer.Gazetteer { return g }, r)
	w := test.NewTempWindow(t, ct.box)
	w.Resize(fyne.NewSize(700, 800))
	ct.load()
	ct.place.SetText("郑州市")
	if len(ct.current.Places) != len(places) || len(places) <= compare.MaxLines {
		t.Fatalf("%d places, want 郑州市 and its %d", len(ct.current.Places), len(places)-1)
	}
	if ct.view.Selected != tr("Small multiples") || ct.chart == nil || ct.chart.Kind != chart.Multiples {
		t.Fatalf("view %q, chart %v", ct.view.Selected, ct.chart)
	}
	if got := ct.legend(); len(got) != len(places) || got[0] != "郑州市" || got[len(got)-1] != places[len(places)-1].Name {
		t.Errorf("panels %v", got)
	}
	if ct.image.img.Image == nil || ct.image.size.Height <= ct.image.size.Width*5/8 {
		t.Errorf("small multiples drawn %v, want taller than a line chart", ct.image.size)
	}

	saveShot(t, w, "compare-many-multiples")

	want := tr("Ranked in {{.Year}}", map[string]any{"Year": "2024年"})
	if ct.view.Options[1] != want {
		t.Fatalf("views %v", ct.view.Options)
	}
	ct.view.SetSelectedIndex(1)
	if ct.chart.Kind != chart.HBar || len(ct.chart.Bars) != len(places)-1 {
		t.Fatalf("ranked 2024: %v with %d bars", ct.chart.Kind, len(ct.chart.Bars))
	}
	for i, b := range ct.chart.Bars {
		if b.Label == "郑州市" || !strings.HasPrefix(b.Tag, "居全市第") {
			t.Errorf("bar %d: %s %s", i, b.Label, b.Tag)
		}
	}
	saveShot(t, w, "compare-many-ranked")
	if l := ct.legend(); l[0] != ct.chart.Bars[0].Label {
		t.Errorf("legend %v does not run from the first", l)
	}
	// Narrowing the years keeps the year ranked.
	ct.from.SetSelected("2022年")
	if ct.view.Selected != want || ct.chart.Kind != chart.HBar {
		t.Errorf("after narrowing the years: view %q, chart %v", ct.view.Selected, ct.chart.Kind)
	}

	// The export of the ranked chart: every county's row at twice the size.
	path := filepath.Join(t.TempDir(), "rank.png")
	c := *ct.chart
	opt := chart.Options{Width: chart.DefaultWidth, Height: chart.SuggestHeight(c, chart.DefaultWidth), Scale: chart.ExportScale}
	if err := r.WriteFile(path, c, opt); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 || cfg.Height != 2*opt.Height {
		t.Errorf("png %dx%d (%v)", cfg.Width, cfg.Height, err)
	}
}
