package compare

import (
	"errors"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/segment"
)

// benchCases are what an analyst picks: an indicator and the counties of
// one of the cities scripts/genlib writes reports for.
var benchCases = []struct {
	indicator string
	city      string
}{
	{"地区生产总值", "410800"}, {"规上工业增加值", "410400"}, {"一般公共预算收入", "410500"},
	{"固定资产投资", "410700"}, {"地区生产总值", "410100"}, {"社会消费品零售总额", "410600"},
}

// benchLibrary opens the library in $ZHIBIAO_BENCH_HOME (made by
// `zhibiao import` of a generated library: scripts/bench-library.sh), or
// skips.
func benchLibrary(b *testing.B) *library.Library {
	dir := os.Getenv("ZHIBIAO_BENCH_HOME")
	if dir == "" {
		b.Skip("ZHIBIAO_BENCH_HOME is not set (scripts/bench-library.sh sets it)")
	}
	l, err := library.Open(dir, library.Options{Segmenter: segment.Default()})
	if err != nil && l == nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	return l
}

// BenchmarkCompareCounties picks an indicator and a city's counties and
// fills the table and the chart (drawn at the window's size): the issue
// asks for at most 200 ms on a library of 10,000 reports.
func BenchmarkCompareCounties(b *testing.B) {
	l := benchLibrary(b)
	g := gaz(b)
	t0 := time.Now()
	src, err := NewLibrary(l)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(time.Since(t0).Microseconds())/1000, "names-ms")
	r, err := chart.NewRenderer()
	if err != nil {
		b.Fatal(err)
	}
	var times, tables []time.Duration
	cells := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := benchCases[i%len(benchCases)]
		t := time.Now()
		tab, err := src.Table(Query{Indicator: c.indicator, Kind: figure.Growth, Places: Counties(g, c.city)})
		if err != nil && !errors.Is(err, ErrNoFigures) {
			b.Fatalf("%s of %s: %v", c.indicator, c.city, err)
		}
		tables = append(tables, time.Since(t))
		if _, _, err := r.Image(tab.Chart(), chart.Options{Width: 800, Height: 500}); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
		cells += len(tab.Rows())
	}
	b.StopTimer()
	b.ReportMetric(float64(cells)/float64(b.N), "values/op")
	sort.Slice(tables, func(i, j int) bool { return tables[i] < tables[j] })
	b.ReportMetric(float64(tables[len(tables)/2].Microseconds())/1000, "table-median-ms")
	reportPercentiles(b, times)
}

// BenchmarkCompareProvince fills the table of one indicator across every
// place of 河南省 the library has (the generated library's 60 or so) and
// draws it as the window does: small multiples, as tall as their rows.
func BenchmarkCompareProvince(b *testing.B) {
	l := benchLibrary(b)
	g := gaz(b)
	src, err := NewLibrary(l)
	if err != nil {
		b.Fatal(err)
	}
	r, err := chart.NewRenderer()
	if err != nil {
		b.Fatal(err)
	}
	places := Under(g, "410000")
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		tab, err := src.Table(Query{Indicator: "地区生产总值", Kind: figure.Growth, Places: places, From: 2019, To: 2024})
		if err != nil {
			b.Fatal(err)
		}
		c := tab.Chart()
		if c.Kind != chart.Multiples {
			b.Fatalf("chart %s, want small multiples", c.Kind)
		}
		if _, _, err := r.Image(c, chart.Options{Width: 600, Height: chart.SuggestHeightScaled(c, 600, 1), TextScale: 1}); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
	}
	b.StopTimer()
	reportPercentiles(b, times)
}

// BenchmarkIndicators counts the library's figures by name, what the
// picker lists (once, when the view opens).
func BenchmarkIndicators(b *testing.B) {
	l := benchLibrary(b)
	for i := 0; i < b.N; i++ {
		if _, err := NewLibrary(l); err != nil {
			b.Fatal(err)
		}
	}
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}
