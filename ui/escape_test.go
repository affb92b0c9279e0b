package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/library"
)

// Esc cancels the dialogs a user opens while reading, as on every
// desktop: Properties (nothing saved), and the import report. Before, Esc
// reached the reader behind them and the dialog stayed.
func TestEscapeCancelsDialogs(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	open := func() bool {
		top := w.Canvas().Overlays().Top()
		return top != nil && top.Visible()
	}
	title := m.reader.Article().Title
	p := m.showProperties()
	if p == nil || !open() {
		t.Fatal("no properties dialog")
	}
	p.title.SetText("改过的标题")
	m.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if open() {
		t.Error("Esc leaves the properties dialog open")
	}
	if got := m.reader.Article().Title; got != title {
		t.Errorf("Esc saved the edit: title %q", got)
	}

	m.showImportReport(importReport([]library.Result{{Path: "/tmp/坏.txt", Status: library.Failed}}, false, true))
	if !open() {
		t.Fatal("no import report")
	}
	m.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if open() {
		t.Error("Esc leaves the import report open")
	}
}
