package app

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// memoryBudget is the README's promise: analysing a document takes at
// most this many times its size.
const memoryBudget = 40

// TestExtractMemoryBudget runs `extract` on a 4 MB report and checks that
// the heap never grew by more than the budget, sampled every millisecond.
func TestExtractMemoryBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds")
	}
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var doc bytes.Buffer
	for doc.Len() < 4<<20 {
		for _, a := range arts {
			doc.Write(a.Raw)
			doc.WriteString("\n\n")
		}
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	size := doc.Len()
	doc = bytes.Buffer{}
	arts = nil
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	done, result := make(chan struct{}), make(chan uint64)
	go func() {
		var ms runtime.MemStats
		peak := base
		for {
			select {
			case <-done:
				result <- peak
				return
			case <-time.After(time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}()
	rc := dispatch(&stdio{in: bytes.NewReader(nil), out: io.Discard, err: io.Discard}, []string{"extract", path})
	close(done)
	peak := <-result
	if rc != exitOK {
		t.Fatalf("exit %d", rc)
	}
	if grew := float64(peak-base) / float64(size); grew > memoryBudget {
		t.Errorf("extract of %d MB grew the heap by %.0f× its size (budget %d×)", size>>20, grew, memoryBudget)
	} else {
		t.Logf("heap grew by %.1f× the file's size", grew)
	}
}
