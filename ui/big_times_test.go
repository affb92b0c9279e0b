package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/cputime"
)

// opTime runs op and returns its wall and process CPU time: on a shared
// machine the wall time says more about the neighbours than about op.
func opTime(op func()) (wall, cpu time.Duration) {
	c, w := cputime.Now(), time.Now()
	op()
	return time.Since(w), cputime.Now() - c
}

// What a user of a 10 MB article (tens of thousands of figures) waits
// for, on the UI thread, per click or keystroke: sorting the figures on
// each column, filtering them, finding in the text. Aim: 100 ms each.
// The times are logged, not asserted, as the machine is shared; run with
// -v to read them.
func TestBigArticleTimes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10 MB article")
	}
	test.NewTempApp(t).Settings().SetTheme(newAppTheme(ThemeLight))
	a, figs := bigArticleOf(t, 10<<20)
	ft := newFiguresTab()
	w := test.NewTempWindow(t, ft.box)
	w.Resize(fyne.NewSize(600, 800))
	ft.show(a, figs)
	log := func(what string, wall, cpu time.Duration) {
		t.Logf("%-24s %6.1f ms wall %6.1f ms cpu", what, float64(wall)/1e6, float64(cpu)/1e6)
	}
	t.Logf("%d KB, %d figures", len(a.Raw)>>10, len(figs))
	for c := 0; c < numCols; c++ {
		wall, cpu := opTime(func() { ft.sortBy(c) })
		log("sort by "+colTitle(c), wall, cpu)
	}
	for _, q := range []string{"地", "地区", "地区生", "增", "2023", ""} {
		wall, cpu := opTime(func() { ft.filter.SetText(q) })
		log("filter "+q, wall, cpu)
	}
	if want := len(majorFigures(figs)); len(ft.rows) != want {
		t.Errorf("after clearing the filter %d rows, want the %d of %d figures not minor", len(ft.rows), want, len(figs))
	}
	adv, err := newAdvances(assets.Font)
	if err != nil {
		t.Fatal(err)
	}
	r := newReader(baseReadingSize, newAppTheme(ThemeLight), adv)
	rw := test.NewTempWindow(t, r.CanvasObject())
	rw.Resize(fyne.NewSize(800, 800))
	r.Show(a)
	for _, q := range []string{"增", "增长", "地区", "的", "的发", ""} {
		n := 0
		wall, cpu := opTime(func() { n = r.Find(q) })
		log("find "+q, wall, cpu)
		if q != "" && n == 0 {
			t.Errorf("find %q: no match", q)
		}
	}
}
