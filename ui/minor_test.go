package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/figure"
)

// openMinorArticle opens 004, the embedded article whose meetings, people
// reviewed and lists of units give it most minor figures.
func openMinorArticle(t *testing.T, m *Main) (minor int) {
	t.Helper()
	for _, a := range articles(t) {
		if strings.HasPrefix(a.ID, "004_") {
			m.openID(a.ID)
		}
	}
	a := m.reader.Article()
	if a == nil || !strings.HasPrefix(a.ID, "004_") {
		t.Fatal("fixture: 004 did not open")
	}
	for _, f := range m.panel.figures.figs {
		if f.Minor {
			minor++
		}
	}
	if minor == 0 {
		t.Fatal("fixture: 004 has no minor figure")
	}
	return minor
}

// markedMinor counts the minor figures the reader marks.
func markedMinor(m *Main) int {
	n := 0
	for _, spans := range m.reader.figures {
		for _, s := range spans {
			if m.panel.figures.figs[s.index].Minor {
				n++
			}
		}
	}
	return n
}

func TestMinorFiguresHiddenByDefault(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	minor := openMinorArticle(t, m)
	ft := m.panel.figures
	if ft.minor.Checked {
		t.Error("minor figures are shown at first")
	}
	for _, i := range ft.rows {
		if ft.figs[i].Minor {
			t.Fatalf("row of minor figure %s (%s) listed", ft.figs[i].Text, ft.figs[i].Name)
		}
	}
	if want := strconv.Itoa(len(ft.figs)-minor) + " / " + strconv.Itoa(len(ft.figs)) + " (" + strconv.Itoa(minor) + " minor hidden)"; ft.count.Text != want {
		t.Errorf("count %q, want %q", ft.count.Text, want)
	}
	if n := markedMinor(m); n != 0 {
		t.Errorf("the text marks %d minor figures the table hides", n)
	}
	for _, f := range m.panel.shownFigures() {
		if f.Minor {
			t.Fatalf("export of what is shown holds minor %s", f.Text)
		}
	}

	saveShot(t, w, "minor-hidden")
	test.Tap(ft.minor)
	saveShot(t, w, "minor-shown")
	if len(ft.rows) != len(ft.figs) {
		t.Errorf("shown: %d rows of %d figures", len(ft.rows), len(ft.figs))
	}
	if want := strconv.Itoa(len(ft.figs)) + " / " + strconv.Itoa(len(ft.figs)); ft.count.Text != want {
		t.Errorf("count %q, want %q", ft.count.Text, want)
	}
	if n := markedMinor(m); n != minor {
		t.Errorf("the text marks %d minor figures, the table lists %d", n, minor)
	}
	n := 0
	for _, f := range m.panel.shownFigures() {
		if f.Minor {
			n++
		}
	}
	if n != minor {
		t.Errorf("export of what is shown holds %d minor figures, want %d", n, minor)
	}
}

// TestMinorChoiceRemembered: the check is a view setting, kept for the
// next start.
func TestMinorChoiceRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := startIn(t, a, test.NewWindow(nil))
	openMinorArticle(t, m)
	test.Tap(m.panel.figures.minor)
	w.Close()

	m2, _ := start(t, a)
	minor := openMinorArticle(t, m2)
	ft := m2.panel.figures
	if !ft.minor.Checked || len(ft.rows) != len(ft.figs) {
		t.Errorf("after a restart: check %v, %d rows of %d figures", ft.minor.Checked, len(ft.rows), len(ft.figs))
	}
	if n := markedMinor(m2); n != minor {
		t.Errorf("after a restart the text marks %d minor figures of %d", n, minor)
	}
}

// TestSelectingHiddenMinorShowsIt: a minor figure chosen from elsewhere
// (a chart's bar, a search) is listed and selected, not lost.
func TestSelectingHiddenMinorShowsIt(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	openMinorArticle(t, m)
	ft := m.panel.figures
	i := -1
	for k, f := range ft.figs {
		if f.Minor {
			i = k
			break
		}
	}
	m.panel.showFigure(i)
	if !ft.minor.Checked || ft.selected != i {
		t.Errorf("check %v, selected %d, want %d", ft.minor.Checked, ft.selected, i)
	}
	if markedMinor(m) == 0 {
		t.Error("the text does not mark the minor figures the table now lists")
	}
}

// TestChartsOfferNoMinor: neither the article's charts nor the indicators
// across articles draw a minor figure.
func TestChartsOfferNoMinor(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	openMinorArticle(t, m)
	test.Tap(m.panel.figures.minor) // shown in the table, still not charted
	for _, f := range m.panel.charts.figs {
		if f.Minor {
			t.Fatalf("the charts tab offers minor %s (%s)", f.Text, f.Name)
		}
	}
	for _, d := range m.allDocs() {
		for _, f := range d.Figures {
			if f.Minor {
				t.Fatalf("%s: the indicators across articles offer minor %s (%s)", d.Article.ID, f.Text, f.Name)
			}
		}
	}
	if got := majorFigures([]figure.Figure{{Text: "5次", Minor: true}, {Text: "6008人"}}); len(got) != 1 || got[0].Text != "6008人" {
		t.Errorf("majorFigures: %v", got)
	}
}
