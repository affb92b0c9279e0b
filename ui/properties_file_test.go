package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/library"
)

// The properties name the file the article came from (two bulletins of
// one county, one title, were told apart by nothing), and warn when the
// region is the name of several places: 朝阳区 showed as 朝阳区 alone,
// as if found and placed, while 北京 and 长春 each have one.
func TestPropertiesFileAndNamesakes(t *testing.T) {
	test.NewTempApp(t)
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	path := "/home/user/报告/朝阳区2023年国民经济和社会发展统计公报.txt"
	p := newProperties(library.Article{ID: "a", Path: path, Region: "朝阳区", Inferred: library.Meta{Region: "朝阳区"}}, g)
	if p.file.Text != path {
		t.Errorf("file shown as %q", p.file.Text)
	}
	if !p.file.Selectable {
		t.Error("the path cannot be selected to copy")
	}
	chain := p.chain.Text
	if !strings.Contains(chain, "北京市 › 朝阳区") || !strings.Contains(chain, "长春市 › 朝阳区") {
		t.Errorf("an ambiguous region shows %q", chain)
	}
	p.region.SetText("马村区") // one place of that name: no warning
	if p.chain.Text != "河南省 › 焦作市 › 马村区" {
		t.Errorf("马村区 shows %q", p.chain.Text)
	}
	p = newProperties(library.Article{ID: "s", Embedded: true, Region: "马村区", Inferred: library.Meta{Region: "马村区", RegionCode: "410804"}}, g)
	if p.file.Text != tr("Built-in sample") {
		t.Errorf("a seed's file shown as %q", p.file.Text)
	}
	p.content(func() {})
	if last := p.form.Items[len(p.form.Items)-1]; last.Text != tr("File") {
		t.Errorf("the form's last row is %q", last.Text)
	}
}

// The dialog grows with the region's warning: it kept the height it opened
// with, and the warning's three lines were drawn over the File row.
func TestPropertiesGrowWithNamesakesNote(t *testing.T) {
	test.NewTempApp(t)
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	p := newProperties(library.Article{ID: "a", Path: "/tmp/a.txt", Region: "马村区", Inferred: library.Meta{Region: "马村区", RegionCode: "410804"}}, g)
	p.show(w, func(string, library.Edits) {})
	before, opened := p.dlg.MinSize().Height, contentHeight(t, w)
	p.region.SetText("朝阳区")
	if min := p.dlg.MinSize().Height; min <= before {
		t.Fatalf("the warning did not add lines: %v then %v", before, min)
	}
	if got := contentHeight(t, w); got <= opened {
		t.Errorf("the dialog stayed %v high (opened %v) for fields needing %v", got, opened, p.dlg.MinSize().Height)
	}
}

// contentHeight is the height of the dialog on show in w.
func contentHeight(t *testing.T, w fyne.Window) float32 {
	t.Helper()
	for _, o := range w.Canvas().Overlays().List() {
		if pop, ok := o.(*widget.PopUp); ok {
			return pop.Content.Size().Height
		}
	}
	t.Fatal("no dialog on show")
	return 0
}
