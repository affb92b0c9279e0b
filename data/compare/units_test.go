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
	if len(tab.Units) != 2 || tab.Units[0] != (UnitCount{"美元", "美元", 2}) || tab.Units[1] != (UnitCount{"元", "亿元", 1}) {
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
