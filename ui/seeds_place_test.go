package ui

import (
	gocontext "context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/library"
)

// On a first start the article on show, read from the binary, and its row
// in the list get the region its text names as soon as the gazetteer is
// loaded, while the embedded articles are still waiting to be put in (for
// the dictionary, about a second).
func TestFirstStartPlacesSeedsBeforeTheyAreIn(t *testing.T) {
	a := test.NewTempApp(t)
	lib, err := library.Open(t.TempDir(), library.Options{DeferEmbedded: true, Segmenter: testSegmenter})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	held := make(chan struct{})
	t.Cleanup(func() { close(held) })
	notYet := func(ctx gocontext.Context) error { // the dictionary is still loading
		select {
		case <-held:
		case <-ctx.Done():
		}
		return ctx.Err()
	}
	m := New(a, Options{Library: lib, Version: "test", Segmenter: testSegmenter, SyncEmbedded: notYet, LocateEmbedded: lib.LocatePending})
	q := &uiQueue{}
	m.env.setDo(q.add)
	w := test.NewTempWindow(t, nil)
	m.Start(w)
	shown := m.reader.Article()
	if shown == nil || shown.Region != "" {
		t.Fatalf("first frame shows %+v, want the first embedded article, not yet placed", shown)
	}
	m.Finish()
	waitForUI(t, q, func() bool { return m.reader.Article().Region != "" })
	q.run()
	e, ok := m.library.entry(shown.ID)
	if !ok || e.Region == "" || e.Region != m.reader.Article().Region {
		t.Errorf("listed before the sync: %+v; the article on show says %q", e, m.reader.Article().Region)
	}
	if e.Figures >= 0 {
		t.Errorf("the article was put in: %+v", e)
	}
}
