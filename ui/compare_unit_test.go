package ui

import (
	"strings"
	"testing"
)

// 1702户6474人建档立卡农村贫困人口脱贫: the indicator is counted in two
// units. The table shows one (people, never both on one axis) and the
// unit picker offers the households; with one unit a label says it.
func TestCompareUnitPicker(t *testing.T) {
	_, ct := openCompare(t)
	if ct.unit.Visible() || !ct.unitLabel.Visible() || ct.unitLabel.Text != "Unit: %" {
		t.Errorf("GDP growth: unit picker shown %v, label %q shown %v", ct.unit.Visible(), ct.unitLabel.Text, ct.unitLabel.Visible())
	}
	ct.place.SetText("")
	ct.indicator.SetText("建档立卡农村贫困人口脱贫")
	if !ct.unit.Visible() || ct.unitLabel.Visible() || len(ct.unit.Options) != 2 {
		t.Fatalf("two units: picker %v shown %v", ct.unit.Options, ct.unit.Visible())
	}
	first := ct.current.Unit
	ct.unit.SetSelectedIndex(1)
	if ct.current.Unit == first || ct.current.Dropped != 1 {
		t.Errorf("picking %q left the table in %q (dropped %d)", ct.unit.Selected, ct.current.Unit, ct.current.Dropped)
	}
	got := strings.Join(cells(ct), "\n")
	if !strings.Contains(got, "1702"+ct.current.Unit) && !strings.Contains(got, "6474"+ct.current.Unit) {
		t.Errorf("table in %s: %s", ct.current.Unit, got)
	}
	// Another indicator starts from its commonest unit.
	ct.indicator.SetText("地区生产总值")
	if ct.current.Unit != "%" {
		t.Errorf("GDP after a unit was picked: %q", ct.current.Unit)
	}
}
