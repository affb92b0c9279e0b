package ui

import (
	"errors"
	"io/fs"
	"syscall"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/library"
)

// errorReasons say in the interface language why a file could not be
// read or written: Go's own words ("open …: no such file or directory")
// were English in the Chinese interface.
var errorReasons = []struct {
	err error
	msg string
}{
	{fs.ErrNotExist, "The file does not exist."},
	{fs.ErrPermission, "You do not have permission to use this file."},
	{syscall.ENOSPC, "The disk is full."},
	{syscall.EROFS, "The disk is read-only."},
	{syscall.EISDIR, "This is a folder, not a file."},
	{fileio.ErrTooLarge, "The file is too large."},
	{corpus.ErrBinary, "This is not a text file (binary data or an unknown encoding)."},
	{library.ErrReadOnly, "Another Zhibiao has the library open: it is read-only here."},
	{library.ErrLocked, "Another Zhibiao has the library open: it is read-only here."},
	{library.ErrNotFound, "The article is no longer in the library."},
	{library.ErrDamaged, "The library database is damaged."},
	{library.ErrNewer, "The library was made by a newer Zhibiao."},
}

// reason is why err happened, in the interface language, or err's own
// text when it is none of the known reasons.
func reason(err error) string {
	for _, r := range errorReasons {
		if errors.Is(err, r.err) {
			return tr(r.msg)
		}
	}
	return err.Error()
}

// fileError is err about a file for the user: what failed, the file, and
// why, in the interface language.
func fileError(what, path string, err error) error {
	return &fileErr{msg: what + ": " + path + "\n" + reason(err), err: err}
}

// explained is err for the user: what failed, then why, in the
// interface language (the library's errors were English in the Chinese
// interface). A cause none of errorReasons names is given as it is.
func explained(what string, err error) error {
	return &fileErr{msg: what + "\n" + reason(err), err: err}
}

// fileErr keeps the cause for errors.Is while saying it for the user.
type fileErr struct {
	msg string
	err error
}

func (e *fileErr) Error() string { return e.msg }
func (e *fileErr) Unwrap() error { return e.err }
