package library

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// Opening a 9 MB file, the import's bar stood at 0% for half a minute:
// progress came only once the file was read, analysed and written. It now
// comes as the file goes, each report further on, before the file is done.
func TestImportReportsPartsOfABigFile(t *testing.T) {
	src := t.TempDir()
	path := writeFile(t, filepath.Join(src, "汇编.txt"), strings.Repeat(reportA+"\n", 8000))
	l := openTest(t, t.TempDir())
	l.seg().Wait()
	var parts []float64
	var done []Progress
	rs, err := l.Import(context.Background(), []string{path}, func(p Progress) {
		if p.Part > 0 {
			if p.Done != 0 || p.Current != path || p.Last.Status != "" {
				t.Errorf("a part of %s reported with %d done, the last %+v", p.Current, p.Done, p.Last)
			}
			parts = append(parts, p.Part)
			return
		}
		done = append(done, p)
	})
	if err != nil || len(rs) != 1 || rs[0].Status != Added {
		t.Fatalf("import: %v, %+v", err, rs)
	}
	if len(done) != 1 || done[0].Done != 1 {
		t.Errorf("%d reports of files done: %+v", len(done), done)
	}
	if len(parts) < 20 {
		t.Fatalf("%d reports while the file was under way: %v", len(parts), parts)
	}
	for i, p := range parts {
		if p <= 0 || p >= 1 || i > 0 && p <= parts[i-1] {
			t.Fatalf("parts do not move forward within (0,1): %v", parts)
		}
	}
	// every step is heard from: reading, words, figures, writing
	for _, at := range []float64{prepareDone() - stepShares[stepEncode] - stepShares[stepFigures]/2, prepareDone() + stepShares[stepWrite]/2} {
		near := false
		for _, p := range parts {
			near = near || p > at-0.1 && p < at+0.1
		}
		if !near {
			t.Errorf("no report near %.2f: %v", at, parts)
		}
	}
}

// The words of a big file, cut a part at a time to tell how far the
// cutting has gone, are the words cut all at once.
func TestWordsInPartsAreTheSame(t *testing.T) {
	l := openTest(t, t.TempDir())
	l.seg().Wait()
	a := corpus.Parse("汇编.txt", []byte(strings.Repeat(reportA+"\n", 6000)))
	whole, err := wordsOf(context.Background(), l.seg(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	steps := 0
	inParts, err := wordsOf(context.Background(), l.seg(), a, func(float64) { steps++ })
	if err != nil {
		t.Fatal(err)
	}
	if steps < 2 || !reflect.DeepEqual(whole, inParts) {
		t.Errorf("%d parts; the words differ: %v", steps, !reflect.DeepEqual(whole, inParts))
	}
}
