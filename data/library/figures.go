package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// Figures returns the article's cached figures and the version of the
// extractor that found them; ok is false when there are none cached
// (never extracted, or dropped by SetEdits).
func (l *Library) Figures(id string) (figs []figure.Figure, version string, ok bool, err error) {
	var b []byte
	err = l.db.QueryRow("SELECT f.extractor, f.json FROM articles a JOIN figures f ON f.article = a.rowid WHERE a.id = ?", id).Scan(&version, &b)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := l.Article(id); err != nil {
			return nil, "", false, err
		}
		return nil, "", false, nil
	}
	if err != nil {
		return nil, "", false, err
	}
	if err := json.Unmarshal(b, &figs); err != nil {
		return nil, "", false, fmt.Errorf("figures of %s: %w", id, err)
	}
	for i := range figs {
		figs[i].Doc = id
	}
	return figs, version, true, nil
}

// PutFigures caches the figures the extractor of this version found in the
// article as Load returned it. Figures of an article whose text or edits
// have changed since it was loaded are not kept (nor is that an error):
// they say the old region or year, and the article stays Stale until
// figures of what is now in force are put.
func (l *Library) PutFigures(a *corpus.Article, version string, figs []figure.Figure) error {
	if l.isPending(a) {
		return nil // SyncEmbedded finds and keeps them with the article
	}
	b, err := encodeFigures(figs)
	if err != nil {
		return err
	}
	return l.write(context.Background(), func(tx *sql.Tx) error {
		var rowid int64
		var hash, edits string
		err := tx.QueryRow("SELECT rowid, hash, edits FROM articles WHERE id = ?", a.ID).Scan(&rowid, &hash, &edits)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%s: %w", a.ID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if a.Basis != "" {
			var e Edits
			if err := json.Unmarshal([]byte(edits), &e); err != nil {
				return fmt.Errorf("article %s: edits: %w", a.ID, err)
			}
			if basis(hash, e) != a.Basis {
				return nil // edited or re-imported meanwhile
			}
		}
		return putFigures(tx, rowid, version, len(figs), b)
	})
}

// encodeFigures keeps the figures without their doc, which is the
// article's id whatever it is.
func encodeFigures(figs []figure.Figure) ([]byte, error) {
	c := make([]figure.Figure, len(figs))
	copy(c, figs)
	for i := range c {
		c[i].Doc = ""
	}
	return json.Marshal(c)
}

func putFigures(tx *sql.Tx, rowid int64, version string, n int, b []byte) error {
	// rows = 0: SyncRows writes the figure rows.
	_, err := tx.Exec(`INSERT INTO figures(article, extractor, count, json, rows) VALUES (?, ?, ?, ?, 0)
		ON CONFLICT(article) DO UPDATE SET extractor = excluded.extractor, count = excluded.count, json = excluded.json, rows = 0`,
		rowid, version, n, b)
	if err != nil {
		return err
	}
	_, err = tx.Exec("DELETE FROM figure_rows WHERE article = ?", rowid)
	return err
}

// dropFigures forgets an article's cached figures, and their rows.
func dropFigures(tx *sql.Tx, rowid int64) error {
	for _, q := range []string{"DELETE FROM figures WHERE article = ?", "DELETE FROM figure_rows WHERE article = ?"} {
		if _, err := tx.Exec(q, rowid); err != nil {
			return err
		}
	}
	return nil
}

// Stale returns the ids of the articles whose figures were not found by
// the extractor of this version (or not at all), in library order, for the
// app to re-extract in the background with Load, the extractor and
// PutFigures.
func (l *Library) Stale(version string) ([]string, error) {
	rows, err := l.db.Query(`SELECT a.id FROM articles a LEFT JOIN figures f ON f.article = a.rowid
		WHERE a.removed = '' AND (f.extractor IS NULL OR f.extractor != ?) ORDER BY a.rowid`, version)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Refresh re-extracts the stale articles' figures with the library's
// extractor, stopping when ctx is done; it returns how many it did.
func (l *Library) Refresh(ctx context.Context) (int, error) {
	ids, err := l.Stale(l.opt.ExtractorVersion)
	if err != nil {
		return 0, err
	}
	for n, id := range ids {
		if err := ctx.Err(); err != nil {
			l.SyncRows(context.Background()) // what was done stays usable
			return n, err
		}
		a, err := l.Load(id)
		if err != nil {
			return n, err
		}
		if err := l.PutFigures(a, l.opt.ExtractorVersion, l.opt.Extract(a)); err != nil {
			return n, err
		}
	}
	_, err = l.SyncRows(ctx)
	return len(ids), err
}
