package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Enter in a field of Properties saves, as the default button: typing
// 南昌市 in Region and pressing Enter did nothing, the dialog stayed.
func TestPropertiesEnterSaves(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	for _, field := range []string{"region", "year"} {
		p := m.showProperties()
		if p == nil {
			t.Fatal("no properties")
		}
		e, value := p.region, "焦作市"
		if field == "year" {
			e, value = p.year, "2022"
		}
		e.SetText(value)
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
			t.Errorf("%s: Enter left the dialog open", field)
		}
		got := m.reader.Article()
		if field == "region" && got.Region != value || field == "year" && got.Year != 2022 {
			t.Errorf("%s: after Enter the article has region %q year %d", field, got.Region, got.Year)
		}
	}
}
