package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The compare table names each place whole: 焦作城乡一体化示范区 showed as
// 焦作城乡一…, which names no place.
func TestComparePlaceColumnFitsNames(t *testing.T) {
	_, ct := openCompare(t)
	ct.indicator.SetText("固定资产投资")
	ct.place.SetText("")
	for i, o := range ct.kind.Options {
		if strings.HasPrefix(o, kindLabel("growth")) {
			ct.kind.SetSelectedIndex(i)
		}
	}
	var long string
	for _, p := range ct.current.Places {
		if len([]rune(p.Name)) > len([]rune(long)) {
			long = p.Name
		}
	}
	if long != "焦作城乡一体化示范区" {
		t.Fatalf("the longest place is %q", long)
	}
	need := fyne.MeasureText(long, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
	if ct.placeW < need {
		t.Errorf("the places' column is %.0f wide, %s needs %.0f", ct.placeW, long, need)
	}
}
