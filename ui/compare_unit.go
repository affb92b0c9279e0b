package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/compare"
)

// An indicator's figures of one kind may be in several units: 实际使用外资
// in 万美元 in one report and in 亿元 in another, counts in 家 and in 个.
// Values of different units on one axis read as nonsense, so a table holds
// one unit (compare.Query.Unit) and the unit picker offers the others,
// each with its number of figures. With one unit there is nothing to
// pick: a plain label says which unit the table is in (a greyed picker
// was all but invisible in the dark theme).

// offerUnits lists the units of tab in the unit picker, tab's selected.
func (t *compareTab) offerUnits(tab compare.Table) {
	t.units = nil
	var opts []string
	for _, u := range tab.Units {
		t.units = append(t.units, u.NormUnit)
		opt := tr("Unit: {{.Unit}}", map[string]any{"Unit": u.Unit})
		if len(tab.Units) > 1 {
			opt += " (" + strconv.Itoa(u.Figures) + ")"
		}
		opts = append(opts, opt)
	}
	changed := t.unit.OnChanged
	t.unit.OnChanged = nil // offering is not choosing
	t.unit.Options = opts
	if i := slices.Index(t.units, tab.NormUnit); i >= 0 {
		t.unit.SetSelectedIndex(i)
	} else {
		t.unit.ClearSelected()
	}
	t.unit.OnChanged = changed
	if len(opts) > 1 {
		t.unitLabel.Hide()
		t.unit.Show()
		return
	}
	t.unitLabel.SetText(strings.Join(opts, ""))
	t.unit.Hide()
	t.unitLabel.Show()
}

// unitPicked compares the indicator in the unit the user picked.
func (t *compareTab) unitPicked() {
	if i := t.unit.SelectedIndex(); i >= 0 && i < len(t.units) {
		t.unitWant = t.units[i]
		t.refresh()
	}
}
