package figure

import (
	"bytes"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/quantity"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// benchText is the shipped articles repeated to about 6 MB.
func benchText(b *testing.B) []byte {
	arts, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	var one bytes.Buffer
	for _, a := range arts {
		one.Write(a.Raw)
		one.WriteString("\n\n")
	}
	var all bytes.Buffer
	for all.Len() < 6<<20 {
		all.Write(one.Bytes())
	}
	return all.Bytes()
}

// BenchmarkQuantities is quantity recognition alone (run with -cpu 1).
func BenchmarkQuantities(b *testing.B) {
	text := string(benchText(b))
	b.SetBytes(int64(len(text)))
	cpu := cputime.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		quantity.Find(text)
	}
	reportCPU(b, len(text), cpu)
}

// BenchmarkExtract is full figure extraction: names, kinds, regions,
// years and derived figures (run with -cpu 1).
func BenchmarkExtract(b *testing.B) {
	raw := benchText(b)
	a := corpus.Parse("bench.txt", raw)
	a.Region, a.City, a.Year = "马村区", "焦作市", 2024
	b.SetBytes(int64(len(raw)))
	cpu := cputime.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(a)
	}
	reportCPU(b, len(raw), cpu)
}

// reportCPU adds MB/cpu-s: bytes per second of CPU time, which the
// machine's load moves much less than wall time.
func reportCPU(b *testing.B, size int, start time.Duration) {
	b.StopTimer()
	if d := cputime.Now() - start; d > 0 && start > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkMarkMinor is the part of Extract that reads which counts are
// minor, on BenchmarkExtract's text: a few table look-ups per count.
func BenchmarkMarkMinor(b *testing.B) {
	raw := benchText(b)
	a := corpus.Parse("bench.txt", raw)
	a.Region, a.City, a.Year = "马村区", "焦作市", 2024
	figs := Extract(a)
	s := a.Text()
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		markMinor(s, figs)
	}
}
