package chart

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
)

// An article's chart of 粮食总产达42.4亿斤 and 蔬菜产量71万吨 draws them
// in 万吨, as bulletins write them, not in millions of 公斤; 人均粮食
// 400公斤 stays in 公斤.
func TestChartUnitClimbsItsLadder(t *testing.T) {
	for _, c := range []struct {
		figs  []figure.Figure
		label string
	}{
		{[]figure.Figure{{NormValue: 2.12e9, NormUnit: "公斤", Unit: "亿斤"}, {NormValue: 7.1e8, NormUnit: "公斤", Unit: "万吨"}}, "万吨"},
		{[]figure.Figure{{NormValue: 400, NormUnit: "公斤", Unit: "公斤"}}, "公斤"},
		{[]figure.Figure{{NormValue: 4.127e7, NormUnit: "美元", Unit: "万美元"}}, "万美元"},
		{[]figure.Figure{{NormValue: 5.2e8, NormUnit: "美元", Unit: "亿美元"}}, "亿美元"},
		{[]figure.Figure{{NormValue: 8.6e8, NormUnit: "元", Unit: "亿元"}}, "亿元"},
	} {
		_, u, _ := oneUnit(c.figs)
		if u.label != c.label {
			t.Errorf("%v: unit %q, want %q", c.figs, u.label, c.label)
		}
	}
}
