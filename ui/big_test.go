package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// bigArticleOf repeats the embedded articles' text to about size bytes,
// as a 10 MB report would be.
func bigArticleOf(tb testing.TB, size int) (*corpus.Article, []figure.Figure) {
	as, err := corpus.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	var one bytes.Buffer
	var figs []figure.Figure
	for _, a := range as {
		base := one.Len()
		one.Write(a.Raw)
		one.WriteString("\n\n")
		for _, f := range figure.Extract(a) {
			f.Start += base
			f.End += base
			figs = append(figs, f)
		}
	}
	var raw bytes.Buffer
	var all []figure.Figure
	for raw.Len() < size {
		base := raw.Len()
		raw.Write(one.Bytes())
		for _, f := range figs {
			f.Doc = "big.txt"
			f.Start += base
			f.End += base
			all = append(all, f)
		}
	}
	return corpus.Parse("big.txt", raw.Bytes()), all
}

// Sorting the figures of a 10 MB article (about 67,000 of them) must not
// freeze the window: one click on a column title.
func BenchmarkSortBigArticle(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newAppTheme(ThemeLight))
	a, figs := bigArticleOf(b, 10<<20)
	ft := newFiguresTab()
	w := test.NewTempWindow(b, ft.box)
	w.Resize(fyne.NewSize(600, 800))
	ft.show(a, figs)
	b.ReportMetric(float64(len(figs)), "figures")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ft.sortBy(colValue)
	}
}

// Filtering them as the user types, a keystroke at a time.
func BenchmarkFilterBigArticle(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newAppTheme(ThemeLight))
	a, figs := bigArticleOf(b, 10<<20)
	ft := newFiguresTab()
	w := test.NewTempWindow(b, ft.box)
	w.Resize(fyne.NewSize(600, 800))
	ft.show(a, figs)
	qs := []string{"地", "地区", "地区生", "增"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ft.filter.SetText(qs[i%len(qs)])
	}
}

// Find in a 10 MB article, a keystroke at a time: at most 100 ms each.
func BenchmarkFindBigArticle(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newAppTheme(ThemeLight))
	a, _ := bigArticleOf(b, 10<<20)
	adv, err := newAdvances(assets.Font)
	if err != nil {
		b.Fatal(err)
	}
	r := newReader(baseReadingSize, newAppTheme(ThemeLight), adv)
	w := test.NewTempWindow(b, r.CanvasObject())
	w.Resize(fyne.NewSize(800, 800))
	r.Show(a)
	qs := []string{"增", "增长", "地区", "的"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Find(qs[i%len(qs)])
	}
}

// Opening a big file shows how far it has got and offers Cancel, which
// closes the dialog at once and leaves the library as it was.
func TestBigFileOpenShowsProgressAndCancels(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	q := &uiQueue{}
	m.do = q.add
	path := bigReport(t, t.TempDir())

	m.openFiles([]string{path})
	top := w.Canvas().Overlays().Top()
	var bar *widget.ProgressBar
	var cancel *widget.Button
	walkShown(top, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		switch v := o.(type) {
		case *widget.ProgressBar:
			bar = v
		case *widget.Button:
			if v.Text == tr("Cancel") {
				cancel = v
			}
		}
		return true
	})
	if bar == nil || cancel == nil {
		t.Fatal("opening a big file shows no progress bar with Cancel")
	}
	test.Tap(cancel)
	if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Error("Cancel leaves the dialog up")
	}
	waitForUI(t, q, func() bool { return m.opening == 0 })
	if m.articleByID("汇编.txt") != nil {
		t.Error("a cancelled open added the file to the library")
	}

	// Without Cancel the bar fills and the file opens.
	m.openFiles([]string{path})
	waitForUI(t, q, func() bool { return m.opening == 0 })
	if m.articleByID("汇编.txt") == nil || m.reader.Article().ID != "汇编.txt" {
		t.Fatal("the big file did not open")
	}
}

// A small article whose figures take long (a slow file under 256 KB) does
// not hold the window: past analysisWait the panel says it is working and
// fills in when the figures come.
func TestSlowSmallArticleAnalysedInBackground(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	q := &uiQueue{}
	m.do = q.add
	m.analysisWait = 0 // as if every article were slow
	a := m.articles[2]
	delete(m.figs, a.ID)
	m.open(a)
	if len(m.panel.figures.figs) != 0 || !strings.Contains(m.panel.figures.detail.Text, tr("Finding the figures of this long article…")) {
		t.Fatalf("the slow article was analysed on the UI thread: %d figures", len(m.panel.figures.figs))
	}
	waitForUI(t, q, func() bool { return len(m.panel.figures.figs) > 0 })
	if m.panel.figures.figs[0].Doc != a.ID {
		t.Errorf("the panel shows figures of %s", m.panel.figures.figs[0].Doc)
	}
}
