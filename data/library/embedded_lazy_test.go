package library

import (
	"reflect"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
)

func parsedSeeds(l *Library) int {
	l.seeds.mu.Lock()
	defer l.seeds.mu.Unlock()
	return len(l.seeds.parsed)
}

// A later start over a library that holds the shipped articles parses
// none of them at Open (30 ms of CPU the window's start-up competed with)
// and only the one it reads after, which reads as Embedded gives it.
func TestLaterOpenParsesOnlyTheEmbeddedArticleRead(t *testing.T) {
	dir := t.TempDir()
	opt := Options{Segmenter: segment.Default(), Extract: figure.Extract, ExtractorVersion: figure.Version}
	first, err := Open(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	opt.DeferEmbedded = true
	l, err := Open(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if n := parsedSeeds(l); n != 0 {
		t.Fatalf("Open parsed %d embedded articles; want none", n)
	}
	seeds, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if list, err := l.List(); err != nil || len(list) != len(seeds) {
		t.Fatalf("listed %d, %v; want the %d embedded", len(list), err, len(seeds))
	}
	want := seeds[len(seeds)-1]
	a, err := l.Load(want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := parsedSeeds(l); n != 1 {
		t.Errorf("listing and loading one parsed %d embedded articles; want 1", n)
	}
	if a.Title != want.Title || string(a.Raw) != string(want.Raw) || !reflect.DeepEqual(a.Paragraphs, want.Paragraphs) {
		t.Errorf("loaded %q (%d paragraphs); Embedded gives %q (%d)", a.Title, len(a.Paragraphs), want.Title, len(want.Paragraphs))
	}
}

// A first start lists the shipped articles from the binary once the
// window shows: Open parses them, on the goroutine that opens the library,
// so that the window's list does not.
func TestFirstOpenParsesThePendingEmbedded(t *testing.T) {
	l, err := Open(t.TempDir(), Options{DeferEmbedded: true, Segmenter: segment.Default(),
		Extract: figure.Extract, ExtractorVersion: figure.Version})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if n := parsedSeeds(l); n != len(l.seeds.ids) || n == 0 {
		t.Errorf("Open parsed %d of the %d pending embedded articles", n, len(l.seeds.ids))
	}
}
