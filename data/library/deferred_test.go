package library

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
)

// countingExtract is the extractor, counting the articles it is given.
func countingExtract(n *atomic.Int32) func(*corpus.Article) []figure.Figure {
	return func(a *corpus.Article) []figure.Figure {
		n.Add(1)
		return figure.Extract(a)
	}
}

func embeddedRows(t *testing.T, l *Library) int {
	t.Helper()
	var n int
	if err := l.db.QueryRow("SELECT count(*) FROM articles WHERE embedded").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A user's first start: Open with DeferEmbedded returns before any
// embedded article is cut into words or extracted (what held the window
// back by 300 ms), yet lists and loads them all from the binary; once
// SyncEmbedded has run they are in the database, searchable, with their
// figures and the place their text names.
func TestDeferEmbeddedOpensBeforeExtracting(t *testing.T) {
	var extracted atomic.Int32
	dir := t.TempDir()
	l, err := Open(dir, Options{DeferEmbedded: true, Segmenter: segment.Default(),
		Extract: countingExtract(&extracted), ExtractorVersion: figure.Version})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	seeds, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if n := extracted.Load(); n != 0 || embeddedRows(t, l) != 0 {
		t.Fatalf("Open extracted %d articles and put %d in", n, embeddedRows(t, l))
	}
	list, err := l.List()
	if err != nil || len(list) != len(seeds) {
		t.Fatalf("List before the sync: %d articles, %v; want the %d embedded", len(list), err, len(seeds))
	}
	for i, m := range list {
		if m.ID != seeds[i].ID || !m.Embedded || m.Title != seeds[i].Title {
			t.Errorf("listed %d: %+v, want %s %q", i, m, seeds[i].ID, seeds[i].Title)
		}
	}
	first := seeds[0]
	a, err := l.Load(first.ID)
	if err != nil || string(a.Raw) != string(first.Raw) {
		t.Fatalf("Load(%s) before the sync: %v", first.ID, err)
	}
	if _, _, ok, err := l.Figures(first.ID); ok || err != nil {
		t.Errorf("Figures before the sync: cached %v, %v; want none and no error", ok, err)
	}
	if err := l.PutFigures(a, figure.Version, nil); err != nil {
		t.Errorf("the window keeping a pending article's figures: %v", err)
	}
	if hits, _ := l.Search("马村区", 5); len(hits) != 0 {
		t.Errorf("searched before the sync: %d hits", len(hits))
	}

	if err := l.SyncEmbedded(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := int(extracted.Load()); n != len(seeds) || embeddedRows(t, l) != len(seeds) {
		t.Errorf("after SyncEmbedded: %d extracted, %d in the database; want %d", n, embeddedRows(t, l), len(seeds))
	}
	hits, err := l.Search("马村区", 5)
	if err != nil || len(hits) == 0 {
		t.Errorf("search after the sync: %d hits, %v", len(hits), err)
	}
	after, _ := l.List()
	if len(after) != len(seeds) || after[0].Figures < 0 || after[0].Region == "" {
		t.Errorf("listed after the sync: %+v", after[0])
	}
	if _, _, ok, _ := l.Figures(first.ID); !ok {
		t.Error("no figures cached after the sync")
	}

}

// A later start, the embedded articles in, has nothing to put in.
func TestDeferEmbeddedLaterStartDoesNothing(t *testing.T) {
	dir := t.TempDir()
	openTest(t, dir).Close()
	var extracted atomic.Int32
	l, err := Open(dir, Options{DeferEmbedded: true, Segmenter: segment.Default(),
		Extract: countingExtract(&extracted), ExtractorVersion: figure.Version})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if list, _ := l.List(); len(list) != len(l.seeds.ids) || list[0].Figures < 0 {
		t.Errorf("listed %d, the first %+v", len(list), list[0])
	}
	if err := l.SyncEmbedded(context.Background()); err != nil || extracted.Load() != 0 {
		t.Errorf("a later start extracted %d again (%v)", extracted.Load(), err)
	}
}

// A binary that ships a changed embedded article: the old one goes at
// Open (its cached figures point into the old text), and the new one is
// listed, from the binary, until SyncEmbedded puts it in.
func TestDeferEmbeddedDropsChangedAtOnce(t *testing.T) {
	dir := t.TempDir()
	l := openTest(t, dir) // everything in
	id := l.seeds.ids[0]
	if _, err := l.db.Exec("UPDATE articles SET hash = 'old' WHERE id = ?", id); err != nil {
		t.Fatal(err)
	}
	if _, err := l.db.Exec("UPDATE meta SET value = 'old' WHERE key = ?", embeddedKey); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l2, err := Open(dir, Options{DeferEmbedded: true, Segmenter: segment.Default()})
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	if n := embeddedRows(t, l2); n != len(l2.seeds.ids)-1 {
		t.Errorf("%d embedded articles held at Open; want the %d unchanged", n, len(l2.seeds.ids)-1)
	}
	if m, err := l2.Article(id); err != nil || m.Figures != -1 || !m.Embedded {
		t.Errorf("the changed one: %+v, %v; want it listed from the binary", m, err)
	}
	if err := l2.SyncEmbedded(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := embeddedRows(t, l2); n != len(l2.seeds.ids) {
		t.Errorf("%d embedded articles after the sync", n)
	}
}

// syncChildEnv makes the test binary, run again as a child, open the
// library in the folder it names with DeferEmbedded and sync it, saying
// "extract ID" for each article it extracts and stalling at the third,
// until it is killed. It is read in init, before TestMain (kill_test.go)
// runs the tests.
const syncChildEnv = "ZHIBIAO_SYNC_KILL_HOME"

func init() {
	if home := os.Getenv(syncChildEnv); home != "" {
		os.Exit(syncChild(home))
	}
}

func syncChild(home string) int {
	n := 0
	stall := func(a *corpus.Article) []figure.Figure {
		fmt.Println("extract", a.ID)
		if n++; n == 3 {
			time.Sleep(time.Hour)
		}
		return figure.Extract(a)
	}
	l, err := Open(home, Options{DeferEmbedded: true, Segmenter: segment.Default(), Extract: stall, ExtractorVersion: figure.Version})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := l.SyncEmbedded(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// A window killed while it puts the embedded articles in loses nothing:
// the database is sound, holds none of them half-put, lists them all from
// the binary again, and the next start puts them in.
func TestKillDuringSyncEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	home := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), syncChildEnv+"="+home)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	seen := 0
	for seen < 3 && lines.Scan() {
		if strings.HasPrefix(lines.Text(), "extract ") {
			seen++
		}
	}
	cmd.Process.Kill() // SIGKILL, mid-transaction
	cmd.Wait()
	if seen < 3 {
		t.Fatalf("the child extracted %d articles before it ended", seen)
	}

	var extracted atomic.Int32
	l, err := Open(home, Options{DeferEmbedded: true, Segmenter: segment.Default(),
		Extract: countingExtract(&extracted), ExtractorVersion: figure.Version})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer l.Close()
	var check string
	if err := l.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %s %v", check, err)
	}
	if n := embeddedRows(t, l); n != 0 {
		t.Errorf("%d embedded articles in the database after the kill; want none (one transaction)", n)
	}
	if list, _ := l.List(); len(list) != len(l.seeds.ids) {
		t.Errorf("listed %d after the kill; want the %d embedded", len(list), len(l.seeds.ids))
	}
	if err := l.SyncEmbedded(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := embeddedRows(t, l); n != len(l.seeds.ids) || int(extracted.Load()) != n {
		t.Errorf("the next start put %d in, extracting %d; want %d", n, extracted.Load(), len(l.seeds.ids))
	}
}

// Closing the window (its context done) stops the sync with nothing put
// in, for the next start to do.
func TestSyncEmbeddedStopsWhenCancelled(t *testing.T) {
	l, err := Open(t.TempDir(), Options{DeferEmbedded: true, Segmenter: segment.Default()})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.SyncEmbedded(ctx); err == nil {
		t.Error("SyncEmbedded with a done context returned no error")
	}
	if n := embeddedRows(t, l); n != 0 {
		t.Errorf("%d put in", n)
	}
	if list, _ := l.List(); len(list) != len(l.seeds.ids) {
		t.Errorf("listed %d after the cancelled sync", len(list))
	}
}
