package library

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/zhibiao/zhibiao/data/figure"
)

// Found is a cached figure found by its name.
type Found struct {
	Figure   figure.Figure // Doc is the article's id
	Embedded bool          // of an embedded article
	// Before is up to 24 bytes of the text before the figure, for the
	// sign a verb gives it (下降3.2% is a fall) without reading the text.
	Before string
}

// beforeBytes is how much of the text before a figure Found carries.
const beforeBytes = 24

// Named returns the cached figures of the articles in the library (removed
// ones left out) whose name is one of names, of kind (any when ""), and of
// a place whose code is in codes (any place, known or not, when codes is
// nil), in library order then text order. The figures of articles not yet
// extracted, or whose edits dropped them, are not there: Refresh first.
func (l *Library) Named(names []string, kind figure.Kind, codes []string) ([]Found, error) {
	if len(names) == 0 {
		return nil, nil
	}
	q := strings.Builder{}
	q.WriteString(`SELECT a.id, a.embedded, r.start, r.stop, r.text, r.value, r.unit, r.norm_value, r.norm_unit,
		r.kind, r.name, r.region, r.year, r.rank_scope, r.region_code, r.period, r.derived, r.derived_from, r.qualifier, r.minor,
		substr(t.raw, max(1, r.start - ` + fmt.Sprint(beforeBytes-1) + `), min(r.start, ` + fmt.Sprint(beforeBytes) + `))
	FROM figure_rows r JOIN articles a ON a.rowid = r.article LEFT JOIN texts t ON t.article = r.article
	WHERE a.removed = '' AND r.name IN (` + marks(len(names)) + `)`)
	args := make([]any, 0, len(names)+len(codes)+1)
	for _, n := range names {
		args = append(args, n)
	}
	if kind != "" {
		q.WriteString(" AND r.kind = ?")
		args = append(args, string(kind))
	}
	if codes != nil {
		if len(codes) == 0 {
			return nil, nil
		}
		q.WriteString(" AND r.region_code IN (" + marks(len(codes)) + ")")
		for _, c := range codes {
			args = append(args, c)
		}
	}
	q.WriteString(" ORDER BY r.article, r.seq")
	rows, err := l.db.Query(q.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Found
	for rows.Next() {
		f, err := scanFound(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// scanFound reads a row of Named's query.
func scanFound(rows *sql.Rows) (Found, error) {
	var f Found
	x := &f.Figure
	var year sql.NullInt64
	var before []byte
	err := rows.Scan(&x.Doc, &f.Embedded, &x.Start, &x.End, &x.Text, &x.Value, &x.Unit, &x.NormValue, &x.NormUnit,
		&x.Kind, &x.Name, &x.Region, &year, &x.RankScope, &x.RegionCode, &x.Period, &x.Derived, &x.DerivedFrom, &x.Qualifier, &x.Minor,
		&before)
	if year.Valid {
		y := int(year.Int64)
		x.Year = &y
	}
	f.Before = string(before)
	return f, err
}

// NameCount is how many figures of one name and kind the library has.
type NameCount struct {
	Name    string
	Kind    figure.Kind
	Figures int
}

// Names counts the cached figures of the library's articles (removed ones
// left out) by name and kind, most figures first: the indicators to pick
// from.
func (l *Library) Names() ([]NameCount, error) {
	// The counts the triggers keep, less those of removed articles (a
	// few, until Purge).
	removed := map[NameCount]int{}
	rows, err := l.db.Query(`SELECT name, kind, count(*) FROM figure_rows
		WHERE minor = 0 AND article IN (SELECT rowid FROM articles WHERE removed != '') GROUP BY name, kind`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var n NameCount
		var c int
		if err := rows.Scan(&n.Name, &n.Kind, &c); err != nil {
			rows.Close()
			return nil, err
		}
		removed[n] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = l.db.Query(`SELECT name, kind, figures FROM figure_names WHERE name != '' AND figures > 0
		ORDER BY figures DESC, name, kind`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []NameCount
	for rows.Next() {
		var n NameCount
		if err := rows.Scan(&n.Name, &n.Kind, &n.Figures); err != nil {
			return nil, err
		}
		n.Figures -= removed[NameCount{Name: n.Name, Kind: n.Kind}]
		if n.Figures > 0 {
			out = append(out, n)
		}
	}
	return out, rows.Err()
}

// marks is n SQL parameters, comma-separated.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
