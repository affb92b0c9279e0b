package library

import "errors"

// SQLite's primary result codes that mean the file is not a sound
// database (https://sqlite.org/rescode.html).
const (
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

// damagedOr returns ErrDamaged for an error that says the file is
// damaged, else err itself.
func damagedOr(err error) error {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		switch coded.Code() & 0xff {
		case sqliteCorrupt, sqliteNotADB:
			return ErrDamaged
		}
	}
	return err
}
