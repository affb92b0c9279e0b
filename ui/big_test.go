package ui

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
