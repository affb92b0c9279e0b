package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

func TestRegionChain(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		region, code string
		g            *gazetteer.Gazetteer
		want         string
	}{
		{"马村区", "410804", g, "河南省 › 焦作市 › 马村区"},
		{"叶县", "", g, "河南省 › 平顶山市 › 叶县"},            // one place of that name
		{"朝阳区", "", g, "朝阳区"},                       // 北京 and 长春 both have one
		{"焦作高新区", "410800", g, "河南省 › 焦作市 › 焦作高新区"}, // a zone, under its host
		{"马村区", "410804", nil, "马村区"},               // gazetteer not loaded yet
		{"", "", g, ""},
	} {
		if got := regionChain(c.g, c.region, c.code); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.region, c.code, got, c.want)
		}
	}
}

// figuresOf gives the regions and years of the figures on show.
func figureFacts(m *Main) (regions, years map[string]int) {
	regions, years = map[string]int{}, map[string]int{}
	for _, f := range m.figures(m.reader.Article()) {
		regions[f.Region]++
		years[yearText(f)]++
	}
	return regions, years
}

// The properties show what the text says; every field can be edited, is
// kept in the library across a restart, and the figures are found again
// with the edit; "use what the text says" undoes it all.
func TestPropertiesEditAndReset(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	// A report that names neither its county nor its year.
	path := writeGBK(t, t.TempDir(), "运行.txt", "经济运行情况\n\n今年以来，全县地区生产总值增长6.1%，规上工业增加值增长8.3%。\n")
	importAndWait(t, m, path)
	q := useQueue(m)
	m.loadPlaces()
	waitForUI(t, q, func() bool { return m.env.places != nil })
	p := m.showProperties()
	if p == nil || p.title.Text != "经济运行情况" || p.region.Text != "" || p.year.Text != "" {
		t.Fatalf("properties show title %q region %q year %q", p.title.Text, p.region.Text, p.year.Text)
	}
	p.title.SetText("叶县经济运行情况")
	p.region.SetText("叶县")
	if p.chain.Text != "河南省 › 平顶山市 › 叶县" {
		t.Errorf("region chain %q", p.chain.Text)
	}
	p.year.SetText("2023")
	p.period.SetText("H1")
	p.date.SetText("2023-07-20")
	test.Tap(findButton(t, w, tr("Save")))

	got := m.reader.Article()
	if got.Title != "叶县经济运行情况" || got.Region != "叶县" || got.Year != 2023 || got.Period != "H1" || got.Date.String() != "2023-07-20" {
		t.Errorf("after the edit the reader shows %q %q %d %q %s", got.Title, got.Region, got.Year, got.Period, got.Date)
	}
	if meta := m.reader.meta.text; !strings.Contains(meta, "河南省 › 平顶山市 › 叶县") || !strings.Contains(meta, "2023-07-20") {
		t.Errorf("metadata line %q", meta)
	}
	if _, meta := rowText(m.library.list, m.library.list.row); !strings.Contains(meta, "叶县") {
		t.Errorf("library row %q", meta)
	}
	regions, years := figureFacts(m)
	if regions["叶县"] == 0 || years["2023"] == 0 {
		t.Errorf("figures not found again with the edit: regions %v years %v", regions, years)
	}

	m2, w2 := start(t, a) // a restart: the edits are the library's
	m2.library.list.selectID("运行.txt")
	if got := m2.reader.Article(); got.Region != "叶县" || got.Year != 2023 {
		t.Errorf("after a restart: %q %d", got.Region, got.Year)
	}
	p2 := m2.showProperties()
	test.Tap(findButton(t, w2, tr("Use What the Text Says")))
	if p2.dlg.MinSize().Width > 0 && w2.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays up after Use What the Text Says")
	}
	got = m2.reader.Article()
	if got.Title != "经济运行情况" || got.Region != "" || got.Year != 0 || got.Period != "" {
		t.Errorf("after the reset: %q %q %d %q", got.Title, got.Region, got.Year, got.Period)
	}
	if regions, years := figureFacts(m2); regions["叶县"] != 0 || years["2023"] != 0 {
		t.Errorf("figures keep the undone edit: regions %v years %v", regions, years)
	}
}

// A date or year that is not one is refused with a word, and nothing is
// saved.
func TestPropertiesRefuseBadDate(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	p := m.showProperties()
	p.date.SetText("2024年13月")
	test.Tap(findButton(t, w, tr("Save")))
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(allText(top), "2024-01-22") {
		t.Error("a bad date is not refused")
	}
	if e, _ := m.library.entry(m.reader.Article().ID); e.Edits.Date != nil {
		t.Error("a bad date was saved")
	}
}

// findButton finds the button with this label in the dialog on top.
func findButton(t *testing.T, w fyne.Window, label string) *widget.Button {
	t.Helper()
	found, ok := firstOnTop(w, func(b *widget.Button) bool { return b.Text == label })
	if !ok {
		t.Fatalf("no %q button on top", label)
	}
	return found
}
