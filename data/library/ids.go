package library

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Ids. An article's id is its file's base name when no other article,
// embedded, in the library or removed from it (it may be restored), has
// that name; otherwise the first free of NAME~2.EXT, NAME~3.EXT…
// (report.txt, report~2.txt). The embedded articles' ids are theirs for
// good. An id never changes once given: a re-import of a changed file at
// the same path keeps it.
//
// "~" because it is rare in file names, is not special to a shell in the
// middle of a word and keeps the name's extension last.

// freeID returns the id for a new article from the file at path.
func freeID(tx *sql.Tx, path string) (string, error) {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if stem == "" { // a name like ".txt"
		stem, ext = base, ""
	}
	for n := 1; n < 1_000_000; n++ {
		id := base
		if n > 1 {
			id = fmt.Sprintf("%s~%d%s", stem, n, ext)
		}
		taken, err := idTaken(tx, id)
		if err != nil {
			return "", err
		}
		if !taken {
			return id, nil
		}
	}
	return "", fmt.Errorf("no free id for %s", base)
}

func idTaken(tx *sql.Tx, id string) (bool, error) {
	var one int
	err := tx.QueryRow("SELECT 1 FROM articles WHERE id = ?", id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
