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
