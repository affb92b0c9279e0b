package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/library"
)

// A user's first start (issue 11): the library is opened with the
// embedded articles left for later, so the window shows the first of
// them read from the binary, lists all of them as soon as it is on
// screen, and once Finish has put them in (in the background) they are
// searched, counted and placed like any other article.
func TestFirstStartPutsSeedsInAfterTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	lib, err := library.Open(t.TempDir(), library.Options{DeferEmbedded: true, Segmenter: testSegmenter})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() }) // after the window's close purges it
	seeds, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := New(a, Options{Library: lib, Version: "test", Segmenter: testSegmenter, SyncEmbedded: lib.SyncEmbedded})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	m.Start(w)
	shown := m.reader.Article()
	if shown == nil || shown.ID != firstEmbedded() {
		t.Fatalf("first frame shows %v, want the first embedded article", shown)
	}
	if hits, _ := lib.Search("马村区", 5); len(hits) != 0 {
		t.Fatalf("the library searched the embedded articles before the window finished: %d hits", len(hits))
	}

	m.Finish()
	if n := len(m.library.all()); n != len(seeds) {
		t.Errorf("the list shows %d articles once the window is on screen, want the %d embedded", n, len(seeds))
	}
	waitForUI(t, q, func() bool {
		select {
		case <-m.Loaded():
			return true
		default:
			return false
		}
	})
	q.run()
	if hits, err := lib.Search("马村区", 5); err != nil || len(hits) == 0 {
		t.Errorf("search after the window finished: %d hits, %v", len(hits), err)
	}
	e, ok := m.library.entry(shown.ID)
	if !ok || e.Figures < 0 || e.Region == "" {
		t.Errorf("listed after the sync: %+v", e)
	}
	if m.reader.Article() != shown || shown.Region != e.Region {
		t.Errorf("the article on show says region %q, the library %q", shown.Region, e.Region)
	}
}
