package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Enter in the export dialog's file name exports, as its default button
// does: it did nothing, the dialog stayed and no file was written.
func TestExportEnterExports(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	dir := t.TempDir()
	m.app.Preferences().SetString(prefExportDir, dir)
	m.exportFigures()
	name := firstEntryOnTop(t, w)
	name.SetText("马村区")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if _, err := os.Stat(filepath.Join(dir, "马村区.csv")); err != nil {
		t.Errorf("Enter did not export: %v", err)
	}
	if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Error("Enter left the dialog open")
	}
}

// firstEntryOnTop is the first text field of the dialog on top.
func firstEntryOnTop(t *testing.T, w fyne.Window) *widget.Entry {
	t.Helper()
	found, ok := firstOnTop(w, func(*widget.Entry) bool { return true })
	if !ok {
		t.Fatal("no text field on top")
	}
	return found
}
