package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/zhibiao/zhibiao/data/figure"
)

// syncBatch is how many articles' rows SyncRows writes in one transaction.
const syncBatch = 250

// SyncRows writes the figure rows, which Named and Names read, of every
// article whose figures were cached since its rows were last written (by
// Import, PutFigures, or before the migration that made the table), and
// returns how many articles it did. Refresh calls it; after an import,
// call it in the background, as Compare would otherwise wait for it: 15 s
// for 10,000 articles, which Import leaves out to keep its own time. A
// read-only library is left as it is: its new figures are not found by
// name until the process that writes it syncs them.
func (l *Library) SyncRows(ctx context.Context) (int, error) {
	if l.readOnly {
		return 0, nil
	}
	done := 0
	for {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		n := 0
		err := l.write(ctx, func(tx *sql.Tx) error {
			var err error
			n, err = syncBatchRows(tx)
			return err
		})
		if err != nil {
			return done, fmt.Errorf("figure rows: %w", err)
		}
		done += n
		if n < syncBatch {
			return done, nil
		}
	}
}

// figureRow is a figure of an article, at its place in the article's
// figures.
type figureRow struct {
	article int64
	seq     int
	f       figure.Figure
}

// syncBatchRows writes the rows of up to syncBatch articles, sorted as the
// table keeps them, so that the writes go page after page.
func syncBatchRows(tx *sql.Tx) (int, error) {
	rows, err := tx.Query("SELECT article, json FROM figures WHERE rows = 0 LIMIT ?", syncBatch)
	if err != nil {
		return 0, err
	}
	var all []figureRow
	var arts []int64
	for rows.Next() {
		var art int64
		var b []byte
		if err := rows.Scan(&art, &b); err != nil {
			rows.Close()
			return 0, err
		}
		var figs []figure.Figure
		if err := json.Unmarshal(b, &figs); err != nil {
			rows.Close()
			return 0, fmt.Errorf("figures of article %d: %w", art, err)
		}
		arts = append(arts, art)
		for i, f := range figs {
			all = append(all, figureRow{art, i, f})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.f.Name != b.f.Name {
			return a.f.Name < b.f.Name
		}
		if a.f.Kind != b.f.Kind {
			return a.f.Kind < b.f.Kind
		}
		if a.f.RegionCode != b.f.RegionCode {
			return a.f.RegionCode < b.f.RegionCode
		}
		if a.article != b.article {
			return a.article < b.article
		}
		return a.seq < b.seq
	})
	if err := putRows(tx, all); err != nil {
		return 0, err
	}
	for _, art := range arts {
		if _, err := tx.Exec("UPDATE figures SET rows = 1 WHERE article = ?", art); err != nil {
			return 0, err
		}
	}
	return len(arts), nil
}

// putRows inserts rows with one prepared statement, and adds them to the
// counts by name and kind.
func putRows(tx *sql.Tx, rows []figureRow) error {
	stmt, err := tx.Prepare(figureRowsInsert() + "(" + marks(2+len(figureColumns)) + ")")
	if err != nil {
		return err
	}
	defer stmt.Close()
	type nameKind struct{ name, kind string }
	counts := map[nameKind]int{}
	for _, r := range rows {
		f := r.f
		var year any
		if f.Year != nil {
			year = *f.Year
		}
		// In figureColumns' order.
		_, err := stmt.Exec(r.article, r.seq, f.Name, string(f.Kind), f.RegionCode, f.Start, f.End, f.Text,
			f.Value, f.Unit, f.NormValue, f.NormUnit, f.Region, year, f.RankScope, f.Period,
			f.Derived, f.DerivedFrom, f.Qualifier, f.Minor)
		if err != nil {
			return err
		}
		if !f.Minor { // as the trigger that takes away counts (schema.go)
			counts[nameKind{f.Name, string(f.Kind)}]++
		}
	}
	for k, n := range counts {
		_, err := tx.Exec(`INSERT INTO figure_names(name, kind, figures) VALUES (?, ?, ?)
			ON CONFLICT(name, kind) DO UPDATE SET figures = figures + excluded.figures`, k.name, k.kind, n)
		if err != nil {
			return err
		}
	}
	return nil
}

// PendingRows counts the articles whose figure rows SyncRows has yet to
// write: in a read-only library, those Named and Names do not see.
func (l *Library) PendingRows() (int, error) {
	var n int
	err := l.db.QueryRow("SELECT count(*) FROM figures WHERE rows = 0").Scan(&n)
	return n, err
}
