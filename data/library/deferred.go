package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"slices"
	"sync"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// pendingSeeds are the embedded articles a library opened with
// Options.DeferEmbedded lists but does not hold yet: a user's first start
// (or the first with a binary that ships new ones) until SyncEmbedded has
// put them in. Putting one in cuts its words, which loads the dictionary,
// and finds its place and figures: about 300 ms that the window would
// otherwise wait for before it showed (issue 11).
type pendingSeeds struct {
	mu  sync.Mutex
	ids map[string]bool
	// places are the places their texts name, once LocatePending found
	// them: by id, region and code.
	places map[string][2]string
}

func (p *pendingSeeds) has(id string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ids[id]
}

// list returns the pending ids in id order.
func (p *pendingSeeds) list() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for id := range p.ids {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

func (p *pendingSeeds) set(ids map[string]bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ids = ids
}

// deferEmbedded is Open's part of syncEmbedded when the options defer it:
// the embedded articles this binary no longer ships (or ships changed) go
// at once, which is cheap, so that nothing reads an old text's figures
// against the new text; those to put in are listed as pending.
func (l *Library) deferEmbedded() error {
	_, hashes, synced, err := l.embeddedState()
	if err != nil || synced {
		return err
	}
	err = l.write(context.Background(), func(tx *sql.Tx) error { return l.dropOldEmbedded(tx, hashes) })
	if err != nil {
		return err
	}
	held := map[string]bool{}
	rows, err := l.db.Query("SELECT id FROM articles WHERE embedded")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		held[id] = true
	}
	pending := map[string]bool{}
	for _, id := range l.seeds.ids {
		if held[id] {
			continue
		}
		pending[id] = true
		// Listed from the binary until they are put in: parsed here, on
		// the goroutine that opens the library, not when the window
		// lists them after it shows.
		if _, err := l.seeds.article(id); err != nil {
			return err
		}
	}
	l.pending.set(pending)
	return rows.Err()
}

// SyncEmbedded puts the embedded articles that Open left pending
// (Options.DeferEmbedded) into the database, in one transaction: until it
// returns they are listed and loaded from the binary, but neither searched
// nor compared. It does nothing when none are pending or the library is
// read-only (the process that writes it puts them in), and returns ctx's
// error when ctx is done first, with nothing put in: the next start
// puts them in again. Open without DeferEmbedded has done it already.
func (l *Library) SyncEmbedded(ctx context.Context) error {
	if l.readOnly {
		return nil
	}
	if err := l.syncEmbedded(ctx); err != nil {
		return err
	}
	l.pending.set(nil)
	return nil
}

// pendingArticle is how a pending embedded article is listed: what its
// text and the catalogue say. The place found in its text comes once it is
// put in.
func (l *Library) pendingArticle(id string) (Article, bool) {
	if !l.pending.has(id) {
		return Article{}, false
	}
	a, err := l.seeds.article(id)
	if err != nil {
		return Article{}, false
	}
	sum := sha256.Sum256(a.Raw)
	m := Meta{Title: a.Title, Date: a.Date.String(), Year: a.Year, Period: a.Period, Region: a.Region, RegionCode: a.RegionCode}
	if p, ok := l.pending.place(id); ok {
		m.Region, m.RegionCode = p[0], p[1]
	}
	out := Article{ID: id, Embedded: true, Hash: hex.EncodeToString(sum[:]), Size: len(a.Raw), Inferred: m, Figures: -1, Version: 1}
	out.applyEdits()
	return out, true
}

// withPending adds the pending embedded articles to a list of the
// library's, unless a user's article holds the id (SyncEmbedded moves it).
func (l *Library) withPending(out []Article) []Article {
	ids := l.pending.list()
	if len(ids) == 0 {
		return out
	}
	listed := map[string]bool{}
	for _, a := range out {
		listed[a.ID] = true
	}
	for _, id := range ids {
		if a, ok := l.pendingArticle(id); ok && !listed[id] {
			out = append(out, a)
		}
	}
	return out
}

// pendingText is the text of a pending embedded article.
func (l *Library) pendingText(id string) ([]byte, bool) {
	if _, ok := l.pendingArticle(id); !ok {
		return nil, false
	}
	return l.seeds.texts[id], true
}

// isPending reports whether a is a pending embedded article (not a user's
// article holding its id), whose figures SyncEmbedded finds itself.
func (l *Library) isPending(a *corpus.Article) bool {
	var n int
	if !l.pending.has(a.ID) {
		return false
	}
	err := l.db.QueryRow("SELECT count(*) FROM articles WHERE id = ?", a.ID).Scan(&n)
	return err == nil && n == 0
}
