package quantity

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// BenchmarkFind reads the sentences of this package's tables (seed
// sentences, the world's number forms, the unseen expressions) repeated to
// about 4 MB: a text dense in numbers of every form (run with -cpu 1; the
// embedded articles are measured in data/figure's BenchmarkQuantities).
func BenchmarkFind(b *testing.B) {
	var one strings.Builder
	for _, c := range findCases {
		one.WriteString(c.in + "\n")
	}
	for _, c := range worldCases {
		one.WriteString(c.in + "\n")
	}
	for _, c := range unseenCases {
		one.WriteString(c.in + "\n")
	}
	var all strings.Builder
	for all.Len() < 4<<20 {
		all.WriteString(one.String())
	}
	text := all.String()
	b.SetBytes(int64(len(text)))
	cpu := cputime.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
	b.StopTimer()
	if d := cputime.Now() - cpu; d > 0 && cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}
