package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A year mistyped in Properties is explained, and then the dialog is
// back with everything the user typed: it closed on Save, and the region
// and title they had typed too were lost with the mistake.
func TestPropertiesMistakeKeepsTheEdits(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	p := m.showProperties()
	if p == nil {
		t.Fatal("no properties dialog")
	}
	p.region.SetText("叶县")
	p.year.SetText("二〇二三")
	test.Tap(findButton(t, w, tr("Save")))
	test.Tap(findButton(t, w, "OK")) // the error
	top := w.Canvas().Overlays().Top()
	if top == nil || !top.Visible() {
		t.Fatal("after the error, the properties dialog is gone")
	}
	if p.region.Text != "叶县" || p.year.Text != "二〇二三" {
		t.Errorf("the dialog is back with region %q year %q", p.region.Text, p.year.Text)
	}
	findButton(t, w, tr("Save")) // it is the properties dialog on top
	m.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Error("Esc no longer closes the properties dialog shown again")
	}
}
