package compare

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
)

// One indicator written in two units — 实际使用外资4127万美元 in one
// report, 实际使用外资2.5亿元 in another — makes a table per unit: the
// most common first, the other on asking, never both on one axis.
func TestTablePerUnit(t *testing.T) {
	y := 2024
	fig := func(doc, region, code string, v float64, unit, norm string) Input {
		return Input{Figure: figure.Figure{Doc: doc, Start: 1, End: 9, Text: "x", Value: v, Unit: unit, NormValue: v, NormUnit: norm,
			Kind: figure.Level, Name: "实际使用外资", Region: region, RegionCode: code, Year: &y}, Signed: v}
	}
	in := []Input{
		fig("a", "焦作市", "410800", 4.127e7, "万美元", "美元"),
		fig("b", "马村区", "410804", 2e6, "万美元", "美元"),
		fig("c", "修武县", "410821", 2.5e8, "亿元", "元"),
	}
	tab, err := Build(in, Query{Indicator: "实际使用外资"})
	if err != nil {
		t.Fatal(err)
	}
	if tab.NormUnit != "美元" || len(tab.Places) != 2 || tab.Dropped != 1 {
		t.Errorf("default table in %q, places %v, dropped %d", tab.NormUnit, tab.Places, tab.Dropped)
	}
	if len(tab.Units) != 2 || tab.Units[0] != (UnitCount{"美元", "万美元", 2}) || tab.Units[1] != (UnitCount{"元", "亿元", 1}) {
		t.Errorf("units %+v", tab.Units)
	}
	yuan, err := Build(in, Query{Indicator: "实际使用外资", Unit: "元"})
	if err != nil {
		t.Fatal(err)
	}
	if yuan.Unit != "亿元" || len(yuan.Places) != 1 || yuan.Places[0].Name != "修武县" || yuan.Dropped != 2 {
		t.Errorf("table in 元: unit %q, places %v, dropped %d", yuan.Unit, yuan.Places, yuan.Dropped)
	}
	// A unit none of the figures is in (the places narrowed since) falls
	// back to the most common.
	if tab, _ := Build(in, Query{Indicator: "实际使用外资", Unit: "个"}); tab.NormUnit != "美元" {
		t.Errorf("unknown unit gives %q", tab.NormUnit)
	}
}

// Values read as reports write them: 实际使用外资4127万美元, not
// 41270000美元; 粮食总产达42.4亿斤 as 212万吨; 居民人均可支配收入 in
// 元 or 万元, not 0.000352亿元.
func TestTableUnitsReadAsReportsWrite(t *testing.T) {
	y := 2024
	fig := func(name string, kind figure.Kind, v float64, unit string, norm, text string) Input {
		return Input{Figure: figure.Figure{Doc: "a", Start: 1, End: 9, Text: text, Value: v, Unit: unit, NormValue: v, NormUnit: norm,
			Kind: kind, Name: name, Region: "焦作市", RegionCode: "410800", Year: &y}, Signed: v}
	}
	for _, c := range []struct {
		in   Input
		want string
	}{
		{fig("实际使用外资", figure.Level, 4.127e7, "万美元", "美元", "4127万美元"), "4127万美元"},
		{fig("粮食总产", figure.Physical, 2.12e9, "亿斤", "公斤", "42.4亿斤"), "212万吨"},
		{fig("居民人均可支配收入", figure.Level, 35200, "元", "元", "35200元"), "3.52万元"},
		{fig("一般公共预算收入", figure.Level, 8.6e8, "亿元", "元", "8.6亿元"), "8.6亿元"},
		{fig("新建改造城市道路", figure.Physical, 7650, "米", "米", "7650米"), "7.65公里"},
	} {
		tab, err := Build([]Input{c.in}, Query{Indicator: c.in.Figure.Name})
		if err != nil {
			t.Fatal(err)
		}
		if got := tab.Cells[0][0].Values[0].Label; got != c.want {
			t.Errorf("%s %s shows as %q, want %q", c.in.Figure.Name, c.in.Figure.Text, got, c.want)
		}
	}
}
