package library

import (
	"context"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

// benchQueries are what an analyst types: indicators, industries, places,
// and two-word queries.
var benchQueries = []string{
	"地区生产总值", "生物医药", "规上工业增加值", "一般公共预算收入", "固定资产投资",
	"新能源", "乡村振兴", "马村区", "招商引资", "营商环境",
	"生物医药 产业", "地区生产总值 增长", "叶县", "三十工程", "高新技术企业",
	"城镇新增就业", "老旧小区", "项目总投资", "科技创新", "社会消费品零售总额",
}

// benchLibrary opens the library in $ZHIBIAO_BENCH_HOME (made by `zhibiao
// import` of a generated library: scripts/bench-library.sh), or skips.
func benchLibrary(b *testing.B) *Library {
	dir := os.Getenv("ZHIBIAO_BENCH_HOME")
	if dir == "" {
		b.Skip("ZHIBIAO_BENCH_HOME is not set (scripts/bench-library.sh sets it)")
	}
	seg := segment.Default()
	seg.Wait()
	l, err := Open(dir, Options{Segmenter: seg})
	if err != nil && l == nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	return l
}

// BenchmarkSearch runs the queries in turn and reports the median and 95th
// percentile of one query's time.
func BenchmarkSearch(b *testing.B) {
	l := benchLibrary(b)
	for _, q := range benchQueries { // warm the page cache
		l.Search(q, 20)
	}
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := benchQueries[i%len(benchQueries)]
		t := time.Now()
		if _, err := l.Search(q, 20); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
	}
	b.StopTimer()
	reportPercentiles(b, times)
}

// BenchmarkOpenArticle reads and parses one article, as the reader opens
// it from the list.
func BenchmarkOpenArticle(b *testing.B) {
	l := benchLibrary(b)
	arts, err := l.List()
	if err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := arts[(i*7919)%len(arts)].ID
		t := time.Now()
		if _, err := l.Load(id); err != nil {
			b.Fatal(err)
		}
		if _, _, _, err := l.Figures(id); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
	}
	b.StopTimer()
	reportPercentiles(b, times)
}

// BenchmarkList lists the whole library, as the window's list is filled.
func BenchmarkList(b *testing.B) {
	l := benchLibrary(b)
	for i := 0; i < b.N; i++ {
		if _, err := l.List(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport imports $ZHIBIAO_BENCH_SRC into a new library.
func BenchmarkImport(b *testing.B) {
	src := os.Getenv("ZHIBIAO_BENCH_SRC")
	if src == "" {
		b.Skip("ZHIBIAO_BENCH_SRC is not set")
	}
	seg := segment.Default()
	seg.Wait()
	for i := 0; i < b.N; i++ {
		l, err := Open(b.TempDir(), Options{Segmenter: seg})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := l.Import(context.Background(), []string{src}, nil); err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	if len(times) == 0 {
		return
	}
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

// TestRankingAgreement imports $ZHIBIAO_RANK_SRC (a generated library of
// a thousand files or so) and compares, for each benchmark query, the ten
// best articles of Library.Search with those of search.Index over the
// same articles: how far the persisted FTS5 index ranks like the search
// of the window today.
func TestRankingAgreement(t *testing.T) {
	src := os.Getenv("ZHIBIAO_RANK_SRC")
	if src == "" {
		t.Skip("ZHIBIAO_RANK_SRC is not set")
	}
	seg := segment.Default()
	seg.Wait()
	l := openTest(t, t.TempDir())
	if _, err := l.Import(context.Background(), []string{src}, nil); err != nil {
		t.Fatal(err)
	}
	list, _ := l.List()
	var arts []*corpus.Article
	for _, m := range list {
		a, err := l.Load(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	ix := search.NewIndex(seg, arts...)
	<-ix.Ready()
	top1, overlap := 0, 0.0
	for _, q := range benchQueries {
		want := map[string]bool{}
		old := ix.Query(q, 10)
		for _, h := range old {
			want[h.Doc] = true
		}
		got, err := l.Search(q, 10)
		if err != nil {
			t.Fatal(err)
		}
		same := 0
		for _, h := range got {
			if want[h.Doc] {
				same++
			}
		}
		if len(old) > 0 && len(got) > 0 && old[0].Doc == got[0].Doc {
			top1++
		}
		if len(want) > 0 {
			overlap += float64(same) / float64(len(want))
		} else if len(got) == 0 {
			overlap++
		}
		t.Logf("%-12s %d of today's top %d in the library's top 10", q, same, len(want))
	}
	t.Logf("over %d articles: same best article for %d of %d queries; top-10 overlap %.0f%%",
		len(arts), top1, len(benchQueries), 100*overlap/float64(len(benchQueries)))
}
