package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A search that finds nothing says so in the text's colour and size: as a
// grey caption (the theme's disabled colour) "没有文章提到这个词。" was
// barely legible in the dark theme.
func TestSearchNothingFoundIsLegible(t *testing.T) {
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	m, _ := start(t, test.NewTempApp(t))
	m.setTheme("dark")
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.search.do = q.add
	test.Type(m.search.entry, "磁悬浮列车")
	waitForUI(t, q, func() bool { return m.search.asked > 0 && m.search.answered == m.search.asked })
	n := m.search.note
	if !n.Visible() || n.Text != tr("No article mentions that.") {
		t.Fatalf("note visible=%v %q; %d hits", n.Visible(), n.Text, len(m.search.hits))
	}
	if n.Importance == widget.LowImportance || n.SizeName == theme.SizeNameCaptionText {
		t.Errorf("the answer is written as a grey caption (importance %v, size %q)", n.Importance, n.SizeName)
	}
}
