package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// embeddedKey is the meta row naming the embedded articles the database
// holds, as id:hash pairs, so that a start with the same binary does
// nothing and a new binary's articles replace the old ones.
const embeddedKey = "embedded"

// syncEmbedded makes the database hold this binary's embedded articles,
// with their ids. A user's article that holds the id of a newly shipped
// one is given the next free id: embedded ids are fixed.
func (l *Library) syncEmbedded(ctx context.Context) error {
	want, hashes, synced, err := l.embeddedState()
	if err != nil || synced {
		return err
	}
	return l.write(ctx, func(tx *sql.Tx) error {
		if err := l.dropOldEmbedded(tx, hashes); err != nil {
			return err
		}
		for _, id := range l.seeds.ids {
			// Each article costs tens of milliseconds (its words cut,
			// its figures found): a window closing stops here, and the
			// transaction, rolled back, leaves the next start to do it.
			if err := ctx.Err(); err != nil {
				return err
			}
			a, err := l.seeds.article(id)
			if err != nil {
				return err
			}
			if err := l.putEmbedded(tx, a, hashes[id]); err != nil {
				return err
			}
		}
		_, err := tx.Exec("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", embeddedKey, want)
		return err
	})
}

// embeddedState returns the meta row this binary's embedded articles
// want, their hashes by id, and whether the database holds them already.
func (l *Library) embeddedState() (want string, hashes map[string]string, synced bool, err error) {
	var parts []string
	hashes = map[string]string{}
	for _, id := range l.seeds.ids {
		sum := sha256.Sum256(l.seeds.texts[id])
		hashes[id] = hex.EncodeToString(sum[:])
		parts = append(parts, id+":"+hashes[id])
	}
	want = strings.Join(parts, ",")
	var have string
	err = l.db.QueryRow("SELECT value FROM meta WHERE key = ?", embeddedKey).Scan(&have)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return want, hashes, false, err
	}
	return want, hashes, have == want, nil
}

// dropOldEmbedded deletes the embedded articles this binary does not ship
// or ships changed.
func (l *Library) dropOldEmbedded(tx *sql.Tx, hashes map[string]string) error {
	rows, err := tx.Query("SELECT rowid, id, hash FROM articles WHERE embedded")
	if err != nil {
		return err
	}
	var drop []int64
	for rows.Next() {
		var r int64
		var id, h string
		if err := rows.Scan(&r, &id, &h); err != nil {
			rows.Close()
			return err
		}
		if hashes[id] != h {
			drop = append(drop, r)
		}
	}
	rows.Close()
	for _, r := range drop {
		if err := deleteArticle(tx, r); err != nil {
			return err
		}
	}
	return nil
}

// putEmbedded inserts an embedded article unless it is there.
func (l *Library) putEmbedded(tx *sql.Tx, a *corpus.Article, hash string) error {
	var embedded bool
	var rowid int64
	err := tx.QueryRow("SELECT rowid, embedded FROM articles WHERE id = ?", a.ID).Scan(&rowid, &embedded)
	switch {
	case err == nil && embedded:
		return nil
	case err == nil: // a user's article has the name: it moves
		id, err := freeID(tx, a.ID)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE articles SET id = ? WHERE rowid = ?", id, rowid); err != nil {
			return err
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	now := l.now()
	located := *a
	l.opt.Locate(&located)
	res, err := tx.Exec(`INSERT INTO articles(id, embedded, hash, size, title, date, year, period, region, region_code, added, updated)
		VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, hash, len(a.Raw), a.Title, a.Date.String(), a.Year, a.Period, located.Region, located.RegionCode, now, now)
	if err != nil {
		return err
	}
	rowid, err = res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO texts(article, raw) VALUES (?, ?)", rowid, a.Raw); err != nil {
		return err
	}
	words, _ := wordsOf(context.Background(), l.seg(), a, nil) // never cancelled
	if err := putIndex(tx, rowid, words, nil); err != nil {
		return err
	}
	figs := l.opt.Extract(a)
	b, err := encodeFigures(figs)
	if err != nil {
		return err
	}
	return putFigures(tx, rowid, l.opt.ExtractorVersion, len(figs), b)
}
