package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/compare"
)

// An indicator whose figures name no place or year (全县… in a report
// that never names its county) says so, instead of "0 places, 0 values
// in ." — the unit empty, the reason nowhere.
func TestCompareSaysWhyNothingToCompare(t *testing.T) {
	test.NewTempApp(t)
	ct := &compareTab{current: compare.Table{}}
	got := ct.summary()
	if !strings.Contains(got, "nothing to compare") || strings.Contains(got, "values in .") {
		t.Errorf("an empty comparison says %q", got)
	}
}

// With nothing to compare, the chart's view menu is greyed out rather
// than offering (Select one) and no choice; it comes back with a table.
func TestCompareViewMenuGreyWhenEmpty(t *testing.T) {
	_, ct := openCompare(t)
	full := ct.current
	ct.current = compare.Table{}
	ct.offerViews()
	if !ct.view.Disabled() {
		t.Error("the view menu is live with no view to offer")
	}
	ct.current = full
	ct.offerViews()
	if ct.view.Disabled() || ct.view.SelectedIndex() < 0 {
		t.Errorf("with a table the view menu is disabled=%v, selected %d", ct.view.Disabled(), ct.view.SelectedIndex())
	}
}
