package ui

import (
	"os"
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/library"
)

// TestWindowOverBenchLibrary starts the window over the library in
// $ZHIBIAO_BENCH_HOME (scripts/bench-library.sh makes one of 10,000
// reports) and reports how long the list takes to be complete, a filter
// keystroke, a search from the box, and the heap the window holds.
func TestWindowOverBenchLibrary(t *testing.T) {
	dir := os.Getenv("ZHIBIAO_BENCH_HOME")
	if dir == "" {
		t.Skip("ZHIBIAO_BENCH_HOME is not set (scripts/bench-library.sh sets it)")
	}
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	lib, err := library.Open(dir, library.Options{Segmenter: testSegmenter})
	if err != nil && lib == nil {
		t.Fatal(err)
	}
	defer lib.Close()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultWindowSize)
	t0 := time.Now()
	var listedAt time.Time // when Finish has shown the list
	trace := func(event string) {
		if event == "list" {
			listedAt = time.Now()
		}
	}
	m := New(a, Options{Version: "bench", Segmenter: testSegmenter, Library: lib, Trace: trace})
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.Start(w)
	w.Canvas().Refresh(w.Content())
	start := time.Since(t0)
	t0 = time.Now()
	m.Finish()
	listed := listedAt.Sub(t0)
	if m.library.list.list.Length() < 9_000 {
		t.Fatalf("the list has %d rows", m.library.list.list.Length())
	}
	t0 = time.Now()
	test.Type(m.library.list.filter, "叶县")
	perKey := time.Since(t0) / 2
	rows := m.library.list.list.Length()
	m.library.list.filter.SetText("")

	m.search.do = q.add
	var times []time.Duration
	for _, query := range []string{"地区生产总值", "生物医药", "项目总投资", "营商环境", "科技创新"} {
		t0 = time.Now()
		m.search.entry.SetText(query)
		waitForUI(t, q, func() bool { return m.search.answered == m.search.asked })
		times = append(times, time.Since(t0))
	}
	var opens []time.Duration
	for i := 1; i <= 40; i++ {
		t0 = time.Now()
		m.library.list.selectID(m.library.all()[len(m.library.all())*i/41].ID)
		opens = append(opens, time.Since(t0))
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t0 = time.Now()
	docs := m.allDocs() // the chart across articles
	across := time.Since(t0)
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("chart across articles: %d articles' figures read in %v, heap %d MB after", len(docs), across.Round(time.Millisecond), after.HeapAlloc>>20)
	t.Logf("%d articles: first frame (last article shown) %v, list complete %v later; filter 叶县 %v a keystroke (%d rows); search from the box %v; open from the list %v; heap %d MB",
		len(m.library.all()), start.Round(time.Millisecond), listed.Round(time.Millisecond), perKey.Round(time.Millisecond), rows, times, opens, ms.HeapAlloc>>20)
}
