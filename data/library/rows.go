package library

import (
	"encoding/json"
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
	// The rows are found by the index, in article order, so that the
	// figures JSON of an article is parsed once for all its rows (SQLite
	// keeps the last few parsed): the subquery's ORDER BY keeps it from
	// being flattened into the join.
	q := strings.Builder{}
	q.WriteString(`SELECT a.id, a.embedded, json_extract(CAST(f.json AS TEXT), '$[' || r.seq || ']'),
		substr(t.raw, max(1, r.start - ` + fmt.Sprint(beforeBytes-1) + `), min(r.start, ` + fmt.Sprint(beforeBytes) + `))
	FROM (SELECT article, seq, start FROM figure_rows WHERE name IN (` + marks(len(names)) + `)`)
	args := make([]any, 0, len(names)+len(codes)+1)
	for _, n := range names {
		args = append(args, n)
	}
	if kind != "" {
		q.WriteString(" AND kind = ?")
		args = append(args, string(kind))
	}
	if codes != nil {
		if len(codes) == 0 {
			return nil, nil
		}
		q.WriteString(" AND region_code IN (" + marks(len(codes)) + ")")
		for _, c := range codes {
			args = append(args, c)
		}
	}
	q.WriteString(` ORDER BY article, seq) r
	JOIN articles a ON a.rowid = r.article JOIN figures f ON f.article = r.article LEFT JOIN texts t ON t.article = r.article
	WHERE a.removed = '' ORDER BY r.article, r.seq`)
	rows, err := l.db.Query(q.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Found
	for rows.Next() {
		var f Found
		var js string
		var before []byte
		if err := rows.Scan(&f.Figure.Doc, &f.Embedded, &js, &before); err != nil {
			return nil, err
		}
		doc := f.Figure.Doc
		if err := json.Unmarshal([]byte(js), &f.Figure); err != nil {
			return nil, fmt.Errorf("figure of %s: %w", doc, err)
		}
		f.Figure.Doc, f.Before = doc, string(before)
		out = append(out, f)
	}
	return out, rows.Err()
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
		WHERE article IN (SELECT rowid FROM articles WHERE removed != '') GROUP BY name, kind`)
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
