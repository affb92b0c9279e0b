package library

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// Cancel while a big file is analysed stops its analysis, rather than
// waiting until its figures are all found: opening a 9 MB file, Cancel
// waited 13 s. The extraction itself must end cancelled (how soon after
// Cancel is logged, not judged: it moves with the machine's load).
func TestImportCancelStopsBigFile(t *testing.T) {
	src := t.TempDir()
	path := writeFile(t, filepath.Join(src, "汇编.txt"), strings.Repeat(reportA+"\n", 12000))
	l := openTest(t, t.TempDir())
	l.seg().Wait()
	var interrupted, completed atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	l.opt.extractContext = func(ctx context.Context, a *corpus.Article, _ func(float64)) ([]figure.Figure, error) {
		// the user cancels while the big file is being analysed: its 2 MB
		// take half a second or more on one core
		time.AfterFunc(50*time.Millisecond, cancel)
		figs, err := figure.ExtractContext(ctx, a)
		if errors.Is(err, context.Canceled) {
			interrupted.Add(1)
		} else {
			completed.Add(1)
		}
		return figs, err
	}
	start := time.Now()
	rs, err := l.Import(ctx, []string{path}, nil)
	if !errors.Is(err, context.Canceled) || len(rs) != 0 {
		t.Fatalf("cancelled import of a big file: %d results, %v", len(rs), err)
	}
	if interrupted.Load() != 1 || completed.Load() != 0 {
		t.Errorf("the analysis ran to its end after Cancel (%d interrupted, %d completed)", interrupted.Load(), completed.Load())
	}
	t.Logf("%d KB: Import returned %v after it started", len(reportA)*12000>>10, time.Since(start))
}
