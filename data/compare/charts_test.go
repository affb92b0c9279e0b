package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
)

// countyGrowth is 地区生产总值 growth of each of a city's places in the
// given years, one report per value; skip leaves a place's year empty.
func countyGrowth(places []Place, years []int, skip func(i, y int) bool) []Input {
	var in []Input
	for i, p := range places {
		for _, y := range years {
			if skip != nil && skip(i, y) {
				continue
			}
			y := y
			v := 4 + float64((i*3+y)%9)/2
			in = append(in, Input{Signed: v, Figure: figure.Figure{
				Doc: fmt.Sprintf("%s%d年统计公报.txt", p.Name, y), Start: 100, End: 104, Text: fmt.Sprintf("%.1f%%", v),
				Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值",
				Region: p.Name, RegionCode: p.Code, Year: &y}})
		}
	}
	return in
}

// Up to twelve places read as lines; more as a small chart each, on one
// scale, every place named; one year ranks them.
func TestChartForManyPlaces(t *testing.T) {
	g := gaz(t)
	for _, c := range []struct {
		city string
		want chart.Kind
	}{
		{"410800", chart.Lines},     // 焦作市: the city and its 11 places
		{"410100", chart.Multiples}, // 郑州市: 13 places
		{"410000", chart.Multiples}, // 河南省: about 190
	} {
		places := Under(g, c.city)
		tab, err := Build(countyGrowth(places, []int{2019, 2020, 2021, 2022, 2023, 2024}, nil), Query{Indicator: "GDP", Places: places})
		if err != nil {
			t.Fatal(err)
		}
		ch := tab.Chart()
		if ch.Kind != c.want {
			t.Errorf("%s (%d places): chart %s, want %s", c.city, len(places), ch.Kind, c.want)
		}
		groups := map[string]bool{}
		for _, b := range ch.Bars {
			groups[b.Group] = true
		}
		if len(groups) != len(places) || len(ch.Categories) != 6 {
			t.Errorf("%s: %d places over %d years drawn, want %d over 6", c.city, len(groups), len(ch.Categories), len(places))
		}
		if c.want == chart.Multiples && !strings.Contains(ch.Subtitle, "纵轴刻度相同") {
			t.Errorf("%s: subtitle %q does not say the panels share a scale", c.city, ch.Subtitle)
		}
	}
}

// A city's counties ranked in one year: 居全市第N when every county has a
// value, the city itself not ranked among them but named in the note; a
// rank among those with values otherwise, and the subtitle says so.
func TestRankedScope(t *testing.T) {
	g := gaz(t)
	jz, err := Resolve(g, "焦作市")
	if err != nil {
		t.Fatal(err)
	}
	places := Under(g, jz.Code)
	years := []int{2023, 2024}
	skip := func(i, y int) bool { return y == 2023 && i == 4 } // one county lacks 2023
	tab, err := Build(countyGrowth(places, years, skip), Query{Indicator: "地区生产总值", Places: places, Scope: jz})
	if err != nil {
		t.Fatal(err)
	}
	c := tab.Ranked(1) // 2024
	if len(c.Bars) != len(places)-1 {
		t.Fatalf("%d bars for %d places and their city", len(c.Bars), len(places)-1)
	}
	for i, b := range c.Bars {
		if b.Label == "焦作市" {
			t.Error("the city is ranked among its counties")
		}
		if !strings.HasPrefix(b.Tag, "居全市第") {
			t.Errorf("bar %d %s tagged %q, want 居全市第N", i, b.Label, b.Tag)
		}
		if i > 0 && b.Value > c.Bars[i-1].Value {
			t.Errorf("bar %d out of order", i)
		}
	}
	if c.Bars[0].Tag != "居全市第1" || !strings.Contains(c.Note, "上级地区不参与排名：焦作市") {
		t.Errorf("first tag %q, note %q", c.Bars[0].Tag, c.Note)
	}
	if !strings.Contains(c.Title, "2024年 排名") {
		t.Errorf("title %q", c.Title)
	}
	c = tab.Ranked(0) // 2023: a county has no value
	if strings.Contains(c.Bars[0].Tag, "全市") || !strings.Contains(c.Subtitle, fmt.Sprintf("第N为在有数值的%d个地区中的名次", len(c.Bars))) {
		t.Errorf("2023, a county missing: tag %q, subtitle %q", c.Bars[0].Tag, c.Subtitle)
	}
	// Without a scope (the places that happen to have figures) no rank
	// claims the whole city.
	tab, _ = Build(countyGrowth(places, years, nil), Query{Indicator: "地区生产总值"})
	if c := tab.Ranked(1); strings.Contains(c.Bars[0].Tag, "全市") {
		t.Errorf("no scope, tag %q", c.Bars[0].Tag)
	}
	// Equal values share a rank: 第1, 第1, 第3.
	ties := countyGrowth(Counties(g, jz.Code)[:3], []int{2024}, nil)
	for i := range ties {
		ties[i].Signed, ties[i].Figure.NormValue, ties[i].Figure.Value = 6, 6, 6
	}
	ties[2].Signed = 5
	tab, _ = Build(ties, Query{Indicator: "地区生产总值"})
	var tags []string
	for _, b := range tab.Ranked(0).Bars {
		tags = append(tags, b.Tag)
	}
	if strings.Join(tags, " ") != "第1 第1 第3" {
		t.Errorf("tags %v", tags)
	}
}

// Many reports: the foot names how many first, so that where it has no
// room only file names are cut.
func TestSourceCountFirst(t *testing.T) {
	g := gaz(t)
	tab, err := Build(countyGrowth(Under(g, "410800"), []int{2023, 2024}, nil), Query{Indicator: "地区生产总值"})
	if err != nil {
		t.Fatal(err)
	}
	if s := tab.Chart().Source; !strings.HasPrefix(s, "24篇报告，逐项出处见导出的表格：") {
		t.Errorf("source %q", s)
	}
}
