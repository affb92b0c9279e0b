package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// Article is one article of the library as listed: what the text says
// (Inferred), the user's edits to it, and where it came from. Title, Date,
// Year, Period and Region are the values in force: the edit where there is
// one, else the inferred value.
type Article struct {
	ID         string
	Embedded   bool
	Path       string // the file it was imported from; "" for embedded ones
	Hash       string // sha256 of the file's bytes, hex
	Size       int    // bytes of the text
	Title      string
	Date       string // 2024, 2024-01, 2024-01-22 or ""
	Year       int    // the year reported on; 0 when unknown
	Period     string // Q1, H1… of Year; "" for the whole year or unknown
	Region     string
	RegionCode string
	Inferred   Meta   // what the text says
	Edits      Edits  // what the user set
	Figures    int    // figures cached; -1 when not extracted yet
	Added      string // RFC 3339, UTC
	Updated    string
	Version    int    // 1, then one more for each re-import of a changed file
	Removed    string // when removed; "" while in the library
}

// Meta is the metadata of an article.
type Meta struct {
	Title, Date, Period, Region, RegionCode string
	Year                                    int
}

// Edits are the user's changes to an article's metadata; nil fields keep
// what the text says. Setting Edits{} ("use what the text says") undoes
// them all.
type Edits struct {
	Title  *string `json:"title,omitempty"`
	Date   *string `json:"date,omitempty"`
	Period *string `json:"period,omitempty"`
	Region *string `json:"region,omitempty"`
	Year   *int    `json:"year,omitempty"`
}

const articleColumns = `a.id, a.embedded, a.path, a.hash, a.size, a.title, a.date, a.year, a.period,
	a.region, a.region_code, a.edits, coalesce(f.count, -1), a.added, a.updated, a.version, a.removed`

const articleFrom = ` FROM articles a LEFT JOIN figures f ON f.article = a.rowid `

func scanArticle(row interface{ Scan(...any) error }) (Article, error) {
	var a Article
	var edits string
	err := row.Scan(&a.ID, &a.Embedded, &a.Path, &a.Hash, &a.Size, &a.Inferred.Title, &a.Inferred.Date,
		&a.Inferred.Year, &a.Inferred.Period, &a.Inferred.Region, &a.Inferred.RegionCode, &edits,
		&a.Figures, &a.Added, &a.Updated, &a.Version, &a.Removed)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(edits), &a.Edits); err != nil {
		return a, fmt.Errorf("article %s: edits: %w", a.ID, err)
	}
	a.applyEdits()
	return a, nil
}

// applyEdits sets the values in force.
func (a *Article) applyEdits() {
	m, e := a.Inferred, a.Edits
	pick := func(edit *string, inferred string) string {
		if edit != nil {
			return *edit
		}
		return inferred
	}
	a.Title, a.Date, a.Period = pick(e.Title, m.Title), pick(e.Date, m.Date), pick(e.Period, m.Period)
	a.Region, a.RegionCode = m.Region, m.RegionCode
	if e.Region != nil && *e.Region != m.Region {
		a.Region, a.RegionCode = *e.Region, ""
	}
	a.Year = m.Year
	if e.Year != nil {
		a.Year = *e.Year
	}
}

// List returns every article in the library, the embedded ones first (in
// id order), then the user's in the order they were added. Removed
// articles are left out.
func (l *Library) List() ([]Article, error) {
	// In rowid order SQLite reads the rows as they lie; its own ORDER BY
	// would sort every row with all its columns first (10,000 articles:
	// 120 ms, at start-up). The embedded articles go first, by id.
	out, err := l.list("WHERE a.removed = '' ORDER BY a.rowid")
	out = l.withPending(out)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Embedded != b.Embedded {
			return a.Embedded
		}
		return a.Embedded && a.ID < b.ID
	})
	return out, err
}

// Removed returns the removed articles, the latest removed first, for an
// undo.
func (l *Library) Removed() ([]Article, error) {
	return l.list("WHERE a.removed != '' ORDER BY a.removed DESC, a.rowid DESC")
}

func (l *Library) list(where string) ([]Article, error) {
	rows, err := l.db.Query("SELECT " + articleColumns + articleFrom + where)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Article returns the article with this id, removed or not.
func (l *Library) Article(id string) (Article, error) {
	a, err := scanArticle(l.db.QueryRow("SELECT "+articleColumns+articleFrom+"WHERE a.id = ?", id))
	if p, ok := l.pendingArticle(id); ok && errors.Is(err, sql.ErrNoRows) {
		return p, nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	return a, err
}

// Text returns the article's text as imported: the bytes every offset of
// its figures and search hits points into.
func (l *Library) Text(id string) ([]byte, error) {
	var raw []byte
	err := l.db.QueryRow("SELECT t.raw FROM articles a JOIN texts t ON t.article = a.rowid WHERE a.id = ?", id).Scan(&raw)
	if p, ok := l.pendingText(id); ok && errors.Is(err, sql.ErrNoRows) {
		return p, nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	return raw, err
}

// Load returns the article parsed, its metadata as in force (the user's
// edits over what the text says): what the reader shows and the extractor
// reads.
func (l *Library) Load(id string) (*corpus.Article, error) {
	meta, err := l.Article(id)
	if err != nil {
		return nil, err
	}
	var a *corpus.Article
	if meta.Embedded && l.seeds.has(id) {
		e, err := l.seeds.article(id)
		if err != nil {
			return nil, err
		}
		c := *e // the catalogue's metadata, its furniture marked
		a = &c
	} else {
		raw, err := l.Text(id)
		if err != nil {
			return nil, err
		}
		a = corpus.Parse(id, raw)
	}
	applyMeta(a, meta)
	a.Basis = basis(meta.Hash, meta.Edits)
	return a, nil
}

// basis is what an article's metadata in force is read from: its text
// and the user's edits (see corpus.Article.Basis).
func basis(hash string, e Edits) string {
	b, _ := json.Marshal(e) // pointers to strings and an int: cannot fail
	return hash + " " + string(b)
}

// applyMeta sets a's metadata to the values in force where the user edited
// them.
func applyMeta(a *corpus.Article, m Article) {
	if a.Region == "" && m.Inferred.Region != "" {
		// where the text was located at import, so every reader of the
		// article sees the place without reading the text for it again
		a.Region, a.RegionCode = m.Inferred.Region, m.Inferred.RegionCode
	}
	e := m.Edits
	if e.Title != nil {
		a.Title = *e.Title
	}
	if e.Date != nil {
		if d, err := corpus.ParseDate(*e.Date); err == nil {
			a.Date = d
		}
	}
	if e.Region != nil {
		a.Region, a.RegionCode, a.City = *e.Region, "", ""
	}
	if e.Year != nil {
		a.Year = *e.Year
	}
	if e.Period != nil {
		a.Period = *e.Period
	}
}

// SetEdits replaces the user's edits of an article; Edits{} undoes them.
// The cached figures depend on region and year, so they are dropped and
// the article is listed by Stale until new ones are put.
func (l *Library) SetEdits(id string, e Edits) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return l.write(context.Background(), func(tx *sql.Tx) error {
		rowid, err := rowidOf(tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE articles SET edits = ?, updated = ? WHERE rowid = ?", string(b), l.now(), rowid); err != nil {
			return err
		}
		return dropFigures(tx, rowid)
	})
}

// Remove takes an article out of the library. It keeps its text and index
// until Purge, so that Restore brings it back as it was. Embedded articles
// cannot be removed.
func (l *Library) Remove(id string) error {
	return l.write(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec("UPDATE articles SET removed = ? WHERE id = ? AND removed = '' AND NOT embedded", l.now(), id)
		if err != nil {
			return err
		}
		return oneRow(res, id)
	})
}

// Restore brings back a removed article.
func (l *Library) Restore(id string) error {
	return l.write(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec("UPDATE articles SET removed = '' WHERE id = ? AND removed != ''", id)
		if err != nil {
			return err
		}
		return oneRow(res, id)
	})
}

// Purge deletes the removed articles for good (the app calls it when its
// window closes, when undo is no longer offered). Their ids stay free for
// new files.
func (l *Library) Purge() error {
	return l.write(context.Background(), func(tx *sql.Tx) error {
		rows, err := tx.Query("SELECT rowid FROM articles WHERE removed != ''")
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var r int64
			if err := rows.Scan(&r); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, r)
		}
		rows.Close()
		for _, r := range ids {
			if err := deleteArticle(tx, r); err != nil {
				return err
			}
		}
		return nil
	})
}

func deleteArticle(tx *sql.Tx, rowid int64) error {
	if err := deleteIndex(tx, rowid); err != nil {
		return err
	}
	for _, q := range []string{
		"DELETE FROM texts WHERE article = ?",
		"DELETE FROM figures WHERE article = ?",
		"DELETE FROM figure_rows WHERE article = ?",
		"DELETE FROM articles WHERE rowid = ?",
	} {
		if _, err := tx.Exec(q, rowid); err != nil {
			return err
		}
	}
	return nil
}

func oneRow(res sql.Result, id string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	return nil
}

func rowidOf(q interface {
	QueryRow(string, ...any) *sql.Row
}, id string) (int64, error) {
	var r int64
	err := q.QueryRow("SELECT rowid FROM articles WHERE id = ?", id).Scan(&r)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	return r, err
}
