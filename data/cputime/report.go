package cputime

import (
	"testing"
	"time"
)

// Report adds cpu-ms/op to a benchmark that read Now at start.
func Report(b *testing.B, start time.Duration) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(Now()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}
