package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A user opens an empty file (saved before its text was pasted in): it is
// listed, read and removed by its file name, and the reader says it holds
// no text, instead of a blank row, a blank column and no Undo.
func TestUntitledFileShownByItsName(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	path := filepath.Join(t.TempDir(), "草稿.txt")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	importAndWait(t, m, path)
	a := m.reader.Article()
	if a == nil || a.ID != "草稿.txt" {
		t.Fatalf("reader shows %v", a)
	}
	if m.reader.title.text != "草稿.txt" {
		t.Errorf("reader title %q, want the file name", m.reader.title.text)
	}
	if got := m.win.Title(); got != "草稿.txt — 指标 Zhibiao" {
		t.Errorf("window title %q", got)
	}
	var note bool
	for _, o := range m.reader.column.Objects {
		if b, ok := o.(*textBlock); ok && b != m.reader.title && strings.Contains(b.text, "no text") {
			note = true
		}
	}
	if !note {
		t.Error("the reader shows an empty column without saying the file has no text")
	}
	if got := m.panel.figures.detail.full; got != "No figures were found in this article." {
		t.Errorf("under the empty figures table: %q", got)
	}
	l := m.library.list
	row := l.list.CreateItem()
	var label string
	for i := range l.shown {
		if l.all[l.shown[i]].ID == "草稿.txt" {
			l.updateRow(i, row)
			label = row.(*fyne.Container).Objects[0].(*fitLabel).full
		}
	}
	if label != "草稿.txt" {
		t.Errorf("the library row is titled %q, want the file name", label)
	}
	m.removeCurrent()
	if !m.library.undo.box.Visible() || !strings.Contains(m.library.undo.label.Text, "草稿.txt") {
		t.Errorf("after removing the untitled file, Undo strip visible=%v says %q", m.library.undo.box.Visible(), m.library.undo.label.Text)
	}
}
