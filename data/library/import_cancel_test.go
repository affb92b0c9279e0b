package library

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Cancel while a big file is analysed returns soon, not when its figures
// are all found: opening a 9 MB file, Cancel waited 13 s.
func TestImportCancelStopsBigFile(t *testing.T) {
	src := t.TempDir()
	path := writeFile(t, filepath.Join(src, "汇编.txt"), strings.Repeat(reportA+"\n", 12000))
	l := openTest(t, t.TempDir())
	l.seg().Wait()
	ctx, cancel := context.WithCancel(context.Background())
	var cancelled time.Time
	timer := time.AfterFunc(300*time.Millisecond, func() { cancelled = time.Now(); cancel() })
	defer timer.Stop()
	start := time.Now()
	rs, err := l.Import(ctx, []string{path}, nil)
	end := time.Now()
	if !errors.Is(err, context.Canceled) || len(rs) != 0 {
		t.Fatalf("cancelled import of a big file: %d results, %v", len(rs), err)
	}
	t.Logf("%d KB: Import returned %v after Cancel (%v in all)", len(reportA)*12000>>10, end.Sub(cancelled), end.Sub(start))
	if late := end.Sub(cancelled); late > 2*time.Second {
		t.Errorf("Import returned %v after Cancel", late)
	}
}
