package gazetteer

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// BenchmarkLoad is the cost of the table at start-up: time, CPU time and
// the heap it keeps (heap-MiB, measured after a collection).
func BenchmarkLoad(b *testing.B) {
	var g *Gazetteer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := cputime.Now()
	for i := 0; i < b.N; i++ {
		var err error
		if g, err = Load(); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start)
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "heap-MiB")
	runtime.KeepAlive(g)
}

// BenchmarkFind finds the places in the development set's real reports.
func BenchmarkFind(b *testing.B) {
	g := gaz(b)
	files, _ := filepath.Glob("../figure/testdata/devset/*.txt")
	var text []byte
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, t...)
	}
	if len(text) == 0 {
		b.Skip("no development set")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	start := cputime.Now()
	for i := 0; i < b.N; i++ {
		g.Find(s)
	}
	cputime.Report(b, start)
}
