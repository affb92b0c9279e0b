package compare

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// embedded reads the figures of the embedded articles.
func embedded(t testing.TB) []Input {
	t.Helper()
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]chart.Doc, len(arts))
	for i, a := range arts {
		docs[i] = chart.Doc{Article: a, Figures: figure.Extract(a)}
	}
	return Inputs(docs)
}

func gaz(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// show prints a table as place year value [doc:start-end, …] lines.
func show(t Table) string {
	var b strings.Builder
	for _, r := range t.Rows() {
		b.WriteString(r.Place + " " + Column{r.Year, r.Period}.Label() + " ")
		for i, v := range t.valuesOf(r) {
			if i > 0 {
				b.WriteString("|")
			}
			b.WriteString(v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// valuesOf is a row's value label with its sources.
func (t Table) valuesOf(r Row) []string {
	label := ""
	for i, p := range t.Places {
		for j, c := range t.Columns {
			if p.Name != r.Place || c.Year != r.Year || c.Period != r.Period {
				continue
			}
			for _, v := range t.Cells[i][j].Values {
				if v.Figure.Doc == r.Doc && v.Figure.Start == r.Start {
					label = v.Label
				}
			}
		}
	}
	out := []string{label}
	for _, s := range r.Sources {
		d := "written"
		if s.Derived {
			d = "derived"
		}
		out = append(out, s.Doc[:3]+" "+d)
	}
	return []string{strings.Join(out, " ")}
}

// The done-when: on the embedded articles, 地区生产总值 growth for
// 马村区 2023 and 2024 and 焦作市 2024, each with its source, and their
// export.
func TestEmbeddedGDPGrowth(t *testing.T) {
	g := gaz(t)
	city, err := Resolve(g, "焦作市")
	if err != nil {
		t.Fatal(err)
	}
	q := Query{Indicator: "地区生产总值", Kind: figure.Growth, Places: Under(g, city.Code)}
	tab, err := Build(embedded(t), q)
	if err != nil {
		t.Fatal(err)
	}
	want := "焦作市 2024年 5.4% 003 written\n马村区 2023年 3.8% 000 derived\n马村区 2024年 5.0% 000 written\n"
	if got := show(tab); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
	if tab.Unit != "%" || tab.Kind != figure.Growth || tab.Indicator != "地区生产总值" {
		t.Errorf("unit %q kind %q indicator %q", tab.Unit, tab.Kind, tab.Indicator)
	}
	rows := tab.Rows()
	arts, _ := corpus.Embedded()
	raw := map[string][]byte{}
	for _, a := range arts {
		raw[a.ID] = a.Raw
	}
	for _, r := range rows {
		if string(raw[r.Doc][r.Start:r.End]) != r.Text {
			t.Errorf("%s %d: span %d-%d of %s is not %q", r.Place, r.Year, r.Start, r.End, r.Doc, r.Text)
		}
	}
	if r := rows[1]; !r.Derived || r.Value != 3.8 || r.RegionCode != "410804" || r.DerivedFrom == "" {
		t.Errorf("马村区 2023: %+v, want derived 3.8 of 410804 with its arithmetic", r)
	}

	var csv bytes.Buffer
	if err := WriteCSV(&csv, rows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(csv.String(), "\r\n"), "\r\n")
	if !strings.HasPrefix(lines[0], "\uFEFFindicator,kind,place,region_code,year,period,value,unit,norm_value,norm_unit,doc,start,end,derived") || len(lines) != 4 {
		t.Fatalf("csv:\n%s", csv.String())
	}
	if !strings.HasPrefix(lines[3], "地区生产总值,growth,马村区,410804,2024,,5,%,5,%,000_3d56ce9018f8a19f.txt,1209,1213,false,5.0%") {
		t.Errorf("csv row %q", lines[3])
	}

	c := tab.Chart()
	if c.Kind != chart.Lines || strings.Join(c.Categories, " ") != "2023年 2024年" || len(c.Bars) != 3 {
		t.Fatalf("chart %+v", c)
	}
	r, err := chart.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var png bytes.Buffer
	m, err := r.Render(&png, c, chart.Options{Width: 800, Height: 500, Scale: chart.ExportScale})
	if err != nil {
		t.Fatal(err)
	}
	for i, rect := range m.Bars {
		if rect.Empty() {
			t.Errorf("point %d (%s %s) not drawn", i, c.Bars[i].Group, c.Bars[i].Label)
		}
	}
	if cfg := pngSize(t, png.Bytes()); cfg != [2]int{1600, 1000} {
		t.Errorf("png is %v, want 1600×1000", cfg)
	}
}

// A cell two reports disagree on holds both values with their sources; a
// report that repeats a value adds no second source; 规模以上 = 规上; a
// decline is negative; another kind or unit never joins the table.
func TestCellsAndKinds(t *testing.T) {
	y23, y24 := 2023, 2024
	fig := func(doc string, start int, name string, kind figure.Kind, v float64, unit, norm string, year *int, derived bool) figure.Figure {
		return figure.Figure{Doc: doc, Start: start, End: start + 4, Text: "x", Value: v, Unit: unit, NormValue: v, NormUnit: norm,
			Kind: kind, Name: name, Region: "修武县", RegionCode: "410821", Year: year, Derived: derived}
	}
	in := []Input{
		{fig("bulletin", 10, "规模以上工业增加值", figure.Growth, 7.5, "%", "%", &y24, false), 7.5},
		{fig("report", 20, "规上工业增加值", figure.Growth, 7.8, "%", "%", &y24, false), 7.8},
		{fig("report", 90, "规上工业增加值增速", figure.Growth, 7.8, "%", "%", &y24, false), 7.8},
		{fig("report", 40, "规上工业增加值", figure.Growth, 2.1, "%", "%", &y23, false), -2.1},
		{fig("report", 50, "规上工业增加值", figure.Level, 80, "亿元", "元", &y24, false), 8e9},
		{fig("other", 60, "规上工业增加值", figure.Growth, 1.2, "个百分点", "pp", &y24, false), 1.2},
		{fig("undated", 70, "规上工业增加值", figure.Growth, 3, "%", "%", nil, false), 3},
	}
	tab, err := Build(in, Query{Indicator: "规模以上工业增加值", Kind: figure.Growth})
	if err != nil {
		t.Fatal(err)
	}
	want := "修武县 2023年 -2.1% rep written\n修武县 2024年 7.5% bul written\n修武县 2024年 7.8% rep written\n"
	if got := show(tab); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
	if !tab.Cells[0][1].Conflict() || tab.Dropped != 1 || tab.Undated != 1 {
		t.Errorf("conflict %v, dropped %d, undated %d", tab.Cells[0][1].Conflict(), tab.Dropped, tab.Undated)
	}
	if r := tab.Rows()[0]; r.Value != -2.1 || r.NormValue != -2.1 {
		t.Errorf("decline row %+v", r)
	}
	if tab.Indicator != "规上工业增加值" || strings.Join(tab.Aliases, ",") != "规上工业增加值增速,规模以上工业增加值" {
		t.Errorf("indicator %q aliases %v", tab.Indicator, tab.Aliases)
	}
	// Kind "" picks the kind with most figures.
	if tab, _ := Build(in, Query{Indicator: "规上工业增加值"}); tab.Kind != figure.Growth || len(tab.Kinds) != 2 {
		t.Errorf("default kind %q of %v", tab.Kind, tab.Kinds)
	}
	if _, err := Build(in, Query{Indicator: "粮食总产"}); !errors.Is(err, ErrNoFigures) {
		t.Errorf("unknown indicator: %v", err)
	}
	if tab, _ := Build(in, Query{Indicator: "规上工业增加值", Kind: figure.Growth, From: 2024, To: 2024}); len(tab.Columns) != 1 {
		t.Errorf("2024 only: columns %v", tab.Columns)
	}
}

// A derived value that equals a written one is shown as the written one,
// the derived report kept as a second source.
func TestWrittenOverDerived(t *testing.T) {
	y := 2023
	mk := func(doc string, derived bool) Input {
		return Input{figure.Figure{Doc: doc, Start: 1, End: 5, Text: "3.8%", Value: 3.8, Unit: "%", NormValue: 3.8, NormUnit: "%",
			Kind: figure.Growth, Name: "地区生产总值", Region: "马村区", RegionCode: "410804", Year: &y, Derived: derived}, 3.8}
	}
	tab, err := Build([]Input{mk("000", true), mk("bulletin", false)}, Query{Indicator: "GDP"})
	if err != nil {
		t.Fatal(err)
	}
	v := tab.Cells[0][0].Values
	if len(v) != 1 || v[0].Derived() || len(v[0].Sources) != 2 || v[0].Sources[0].Doc != "bulletin" || !v[0].Sources[1].Derived {
		t.Errorf("values %+v", v)
	}
}

func TestPlaces(t *testing.T) {
	g := gaz(t)
	under := Under(g, "410800")
	if len(under) < 11 || under[0].Name != "焦作市" {
		t.Fatalf("Under(焦作市) = %v", under)
	}
	counties := Counties(g, "410800")
	names := ""
	for _, p := range counties {
		names += p.Name + " "
	}
	for _, n := range []string{"马村区", "修武县", "孟州市", "沁阳市"} {
		if !strings.Contains(names, n) {
			t.Errorf("counties of 焦作市 lack %s: %s", n, names)
		}
	}
	if strings.Contains(names, "焦作市 ") {
		t.Errorf("counties include the city: %s", names)
	}
	for _, c := range []struct{ in, code string }{{"马村区", "410804"}, {"410804", "410804"}, {"焦作市", "410800"}, {"河南省", "410000"}} {
		if p, err := Resolve(g, c.in); err != nil || p.Code != c.code {
			t.Errorf("Resolve(%s) = %v, %v; want %s", c.in, p, err, c.code)
		}
	}
	if _, err := Resolve(g, "朝阳区"); err == nil || !strings.Contains(err.Error(), "110105") {
		t.Errorf("Resolve(朝阳区): %v, want the places listed with codes", err)
	}
	if _, err := Resolve(g, "不存在县"); err == nil {
		t.Error("Resolve of an unknown name: no error")
	}
}

func TestColumnsOrder(t *testing.T) {
	var in []Input
	for _, c := range []Column{{2024, ""}, {2022, ""}, {2024, "H1"}, {2024, "Q1"}, {2024, "Q1-Q3"}, {2024, "M1-M2"}} {
		y := c.Year
		in = append(in, Input{Figure: figure.Figure{Year: &y, Period: c.Period}})
	}
	var got []string
	for _, c := range columnsOf(in) {
		got = append(got, c.Label())
	}
	want := "2022年 2023年 2024年1-2月 2024年一季度 2024年上半年 2024年前三季度 2024年"
	if strings.Join(got, " ") != want {
		t.Errorf("columns %v, want %s", got, want)
	}
}
