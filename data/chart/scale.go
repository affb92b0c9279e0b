package chart

import (
	"github.com/zhibiao/zhibiao/data/figure"
)

// Figures are normalised to one unit per measure (公斤, 米, 美元), which
// is right for adding and comparing but not for reading: 粮食总产
// 2120000000公斤 is 212万吨 as every bulletin writes it, 实际使用外资
// 41270000美元 is 4127万美元. A chart's or a table's values are shown in
// the largest unit of the norm unit's ladder that its biggest value
// reaches, so that the digits stay few and the unit is one reports use.

// step is a larger unit of a norm unit: div norm units make one.
type step struct {
	label string
	div   float64
}

// ladders are the larger units reports write big values of a norm unit
// in, smallest first. 平方米 stops at 万平方米: floor space is written in
// 万平方米 at any size, land in 平方公里, and the two share the norm unit.
var ladders = map[string][]step{
	"公斤":  {{"吨", 1e3}, {"万吨", 1e7}},
	"美元":  {{"万美元", 1e4}, {"亿美元", 1e8}},
	"米":   {{"公里", 1e3}},
	"平方米": {{"万平方米", 1e4}},
}

// scaled is unit u moved up its ladder as far as top (the largest
// absolute value, in the norm unit) reaches one of the larger unit.
func scaled(u unit, top float64) unit {
	if u.div != 1 || u.label != u.norm {
		return u // a unit of its own (亿元, 个百分点)
	}
	for _, s := range ladders[u.norm] {
		if top >= s.div {
			u.label, u.div = s.label, s.div
		}
	}
	return u
}

// UnitIn is how a table of the indicator name shows values of norm unit
// norm whose largest absolute value is top: 元 in 亿元, but an amount
// per person or per mu (人均可支配收入) in 元 or 万元; 公斤 in 吨 or 万吨,
// 美元 in 万美元 or 亿美元, as far as top reaches.
func UnitIn(norm, name string, top float64) (label string, div float64) {
	if norm == "元" && isPerUnit(name) {
		u := smallMoney([]figure.Figure{{NormValue: top}})
		return u.label, u.div
	}
	label, div = UnitOf(norm)
	u := scaled(unit{norm: norm, label: label, div: div}, top)
	return u.label, u.div
}

// ValueLabelIn prints value v (f's, signed, already divided by div) in
// unit label as a chart does (see ValueLabel).
func ValueLabelIn(f figure.Figure, v float64, label string, div float64) string {
	return valueLabel(f, v, unit{norm: f.NormUnit, label: label, div: div})
}
