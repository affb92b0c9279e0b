package library

import (
	"errors"
	"syscall"
)

// ErrBusy: SQLite found the database busy or locked (another Zhibiao
// writing it for longer than the wait).
var ErrBusy = errors.New("the library database is busy")

// sqliteCauses name what SQLite's primary result codes
// (https://sqlite.org/rescode.html) mean for the user: the sentinel the
// window explains in its language. Codes not listed are told as they are.
var sqliteCauses = map[int]error{
	3:  syscall.EACCES, // SQLITE_PERM
	5:  ErrBusy,        // SQLITE_BUSY
	6:  ErrBusy,        // SQLITE_LOCKED
	8:  ErrReadOnly,    // SQLITE_READONLY
	10: syscall.EIO,    // SQLITE_IOERR
	11: ErrDamaged,     // SQLITE_CORRUPT
	13: syscall.ENOSPC, // SQLITE_FULL
	23: syscall.EACCES, // SQLITE_AUTH
	26: ErrDamaged,     // SQLITE_NOTADB
}

// Cause returns what a database error means (ErrBusy, ErrDamaged,
// ErrReadOnly, a disk full, permission or input/output error), or nil when
// err carries no SQLite code listed in sqliteCauses.
func Cause(err error) error {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		return sqliteCauses[coded.Code()&0xff]
	}
	return nil
}

// damagedOr returns ErrDamaged for an error that says the file is
// damaged, else err itself.
func damagedOr(err error) error {
	if c := Cause(err); c == ErrDamaged {
		return ErrDamaged
	}
	return err
}
