package chart

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

func growth(t *testing.T, a *corpus.Article, after, text, name string, v float64, y int) figure.Figure {
	return at(t, a, after, text, figure.Figure{Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: name, Region: "马村区", Year: year(y)})
}

func TestOffScale(t *testing.T) {
	for _, c := range []struct {
		vals []float64
		top  float64 // 0: none off scale
	}{
		{[]float64{342.16, 14.5, 10.7, 9.6, 7.5, 5.4, 5.0}, 14.5 * 1.2},
		{[]float64{14.5, 10.7, 9.6, 7.5}, 0},
		{[]float64{342.16, 6}, 0}, // two bars: nothing to flatten
		{[]float64{500, 400, 10, 9, 8, 7, 6}, 12},
		{[]float64{342.16, 67.9, 14.5, 10.7, 9.6, 7.5, 5.4, 5.0}, 14.5 * 1.2},
	} {
		top, ok := offScale(c.vals)
		if ok != (c.top != 0) || ok && top != c.top {
			t.Errorf("offScale(%v) = %v, %v; want %v", c.vals, top, ok, c.top)
		}
	}
}

// barLength is how many pixels of the bar colour row i's centre line has.
func barLength(img interface {
	At(x, y int) color.Color
}, m Map, i int, c color.Color) int {
	r := m.Bars[i]
	y := (r.Min.Y + r.Max.Y) / 2
	n := 0
	cr, cg, cb, _ := c.RGBA()
	for x := r.Min.X; x < r.Max.X; x++ {
		pr, pg, pb, _ := img.At(x, y).RGBA()
		if pr>>8 == cr>>8 && pg>>8 == cg>>8 && pb>>8 == cb>>8 {
			n++
		}
	}
	return n
}

// One outlier (342.16%) no longer flattens every other bar: it is drawn
// broken at the end of a scale that shows the others.
func TestOutlierDoesNotFlattenBars(t *testing.T) {
	r := renderer(t)
	c := Chart{Kind: HBar, Title: "马村区 增速", Unit: "%"}
	for i, v := range []float64{342.16, 14.5, 10.7, 9.6, 7.5} {
		c.Bars = append(c.Bars, Bar{Label: "指标" + strconv.Itoa(i), Value: v})
	}
	img, m, err := r.Image(c, Options{Width: 800, Height: 500, Scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	col := themeOf(Options{}).series[0]
	big, second := barLength(img, m, 0, col), barLength(img, m, 1, col)
	if second < big/2 {
		t.Errorf("the 14.5%% bar is %d px beside the outlier's %d: flattened", second, big)
	}
	if offScaleNote(c) == "" {
		t.Error("the chart does not say its broken bar is off the scale")
	}
}

// Goals and forecasts are never drawn as actuals; every bar says its year
// when the chart's bars are of several years.
func TestTargetsLeftOutYearsOnBars(t *testing.T) {
	raw := "2024年，马村区地区生产总值增长5.0%，规上工业增加值增长7.5%。2025年预期地区生产总值增长5.5%左右，力争规上工业增加值增长8%。"
	a := corpus.Parse("plan_2024.txt", []byte(raw))
	a.Region, a.Year = "马村区", 2024
	figs := []figure.Figure{
		growth(t, a, "", "5.0%", "地区生产总值", 5.0, 2024),
		growth(t, a, "", "7.5%", "规上工业增加值", 7.5, 2024),
		growth(t, a, "预期", "5.5%", "地区生产总值", 5.5, 2025),
		growth(t, a, "力争", "8%", "规上工业增加值", 8, 2025),
	}
	c, err := ForArticle(a, figs, figure.Growth)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := labels(c), []string{"规上工业增加值=7.5%", "地区生产总值=5.0%"}; !slices.Equal(got, want) {
		t.Errorf("bars %q, want %q (targets left out)", got, want)
	}
	if c.Title != "马村区 2024年 增速" || !strings.Contains(c.Note, "2项为目标或预期值") {
		t.Errorf("title %q note %q", c.Title, c.Note)
	}
	// The same goal, not flagged by its words but by its year: a 2025
	// figure in a 2024 report is a plan.
	figs[2].Start, figs[2].End = figs[0].Start, figs[0].End
	if isTarget(figs[2], a) != true {
		t.Error("a 2025 figure of a 2024 article is not taken for a plan")
	}
	// 完成年度计划的131% is an actual share of a plan.
	share := at(t, a, "", "7.5%", figure.Figure{Kind: figure.Share})
	if isTarget(share, a) {
		t.Error("a share is taken for a target")
	}
}

// Bars that share a name are told apart by the words before them, not
// numbered 项目（1）…（4）.
func TestCollidingLabelsToldApart(t *testing.T) {
	raw := "2024年，马村区新签约项目6个，新开工项目12个，竣工投产项目5个。"
	a := corpus.Parse("projects.txt", []byte(raw))
	a.Region, a.Year = "马村区", 2024
	count := func(text string) figure.Figure {
		return at(t, a, "", text, figure.Figure{Value: 1, Unit: "个", NormValue: 1, NormUnit: "个", Kind: figure.Count, Name: "项目", Region: "马村区", Year: year(2024)})
	}
	figs := []figure.Figure{count("6个"), count("12个"), count("5个")}
	figs[0].NormValue, figs[1].NormValue, figs[2].NormValue = 6, 12, 5
	c, err := ForArticle(a, figs, figure.Count)
	if err != nil {
		t.Fatal(err)
	}
	got := labels(c)
	for _, want := range []string{"项目（新开工）=12个", "项目（新签约）=6个", "项目（竣工投产）=5个"} {
		if !slices.Contains(got, want) {
			t.Errorf("bars %q lack %q", got, want)
		}
	}
}

// Junk names (项目, 企业, 村, 单位) are not offered as indicators.
func TestIndicatorsWithoutJunkNames(t *testing.T) {
	var docs []Doc
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		docs = append(docs, Doc{a, figure.Extract(a)})
	}
	for _, ind := range Indicators(docs) {
		if IsBareName(ind.Name) || slices.Contains([]string{"项目", "企业", "村", "单位"}, ind.Name) {
			t.Errorf("indicator list offers %q", ind.Name)
		}
	}
}

// The cross-article chart puts years in order and draws every bar: when
// columns are too narrow it is drawn as rows, and the suggested height
// gives each row its room.
func TestIndicatorChartOrderedAndWhole(t *testing.T) {
	var docs []Doc
	var figs []figure.Figure
	regions := []string{"马村区", "焦作市", "示范区", "修武县"}
	raw := "地区生产总值增长5.0%。"
	a := corpus.Parse("many.txt", []byte(raw))
	for i, y := range []int{2024, 2020, 2023, 2021, 2022, 2019} {
		for j, r := range regions {
			f := growth(t, a, "", "5.0%", "地区生产总值", float64(i+j+1), y)
			f.Region = r
			figs = append(figs, f)
		}
	}
	docs = append(docs, Doc{a, figs})
	c, err := ForIndicator("地区生产总值", "", docs)
	if err != nil {
		t.Fatal(err)
	}
	last := 0
	for _, b := range c.Bars {
		y, _ := strconv.Atoi(strings.TrimSuffix(b.Label, "年"))
		if y < last {
			t.Fatalf("years out of order: %q", labels(c))
		}
		last = y
	}
	if len(c.Bars) != 24 {
		t.Fatalf("%d bars of 24", len(c.Bars))
	}
	const w = 480
	h := SuggestHeightScaled(c, w, 1)
	_, m, err := renderer(t).Image(c, Options{Width: w, Height: h, Scale: 1, TextScale: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range m.Bars {
		if r.Empty() {
			t.Errorf("bar %d (%s %s) left out at %d×%d", i, c.Bars[i].Group, c.Bars[i].Label, w, h)
		}
	}
}
