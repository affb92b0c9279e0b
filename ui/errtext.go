package ui

import (
	"errors"
	"io/fs"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/library"
)

// errorReasons say in the interface language why a file, a dialog or the
// library failed: Go's, the system's, SQLite's and Fyne's own words
// ("open …: no such file or directory", "database is locked") were English
// in the Chinese interface. The first that matches is said; the order puts
// the precise before the general (a folder before a permission).
var errorReasons = []struct {
	err error
	msg string
}{
	{fileio.ErrFolder, "This is a folder, not a file."},
	{syscall.EISDIR, "This is a folder, not a file."},
	{fileio.ErrPipe, "This is a named pipe (FIFO), not a file."},
	{fileio.ErrSocket, "This is a socket, not a file."},
	{fileio.ErrDevice, "This is a device, not a file."},
	{fileio.ErrSpecial, "This is a special file, not a regular file."},
	{syscall.ENOTDIR, "A part of this path is a file, not a folder."},
	{fileio.ErrTooLarge, "The file is too large."},
	{corpus.ErrBinary, "This is not a text file (binary data or an unknown encoding)."},
	{corpus.ErrJapanese, "The text is in a Japanese encoding (Shift-JIS or EUC-JP), which is not supported: save it as UTF-8."},
	{library.ErrReadOnly, "Another Zhibiao has the library open: it is read-only here."},
	{library.ErrLocked, "Another Zhibiao has the library open: it is read-only here."},
	{library.ErrBusy, "The library is busy (another Zhibiao is writing to it): try again in a moment."},
	{library.ErrNotFound, "The article is no longer in the library."},
	{library.ErrDamaged, "The library database is damaged."},
	{library.ErrNewer, "The library was made by a newer Zhibiao."},
	{fs.ErrNotExist, "The file does not exist."},
	{storage.ErrNotExists, "The file does not exist."},
	{fs.ErrExist, "The file already exists."},
	{storage.ErrAlreadyExists, "The file already exists."},
	{fs.ErrPermission, "You do not have permission to use this file."},
	{syscall.ENOSPC, "The disk is full."},
	{syscall.EDQUOT, "The disk is full."},
	{syscall.EROFS, "The disk is read-only."},
	{syscall.ENAMETOOLONG, "The file name is too long."},
	{syscall.EIO, "The disk could not be read or written (an input/output error)."},
	{repository.ErrOperationNotSupported, "This location cannot be used here: choose a folder on this computer."},
	{compare.ErrNoPlace, "No such place in the gazetteer."},
	{compare.ErrAmbiguousPlace, "Several places have this name: choose one from the list."},
}

// reason is why err happened, in the interface language. A cause none of
// errorReasons names is an unexpected error, with its own text as its
// details: the only English a Chinese window may show, and only there.
func reason(err error) string {
	if err == nil {
		return tr("unknown error")
	}
	if msg, ok := knownReason(err); ok {
		return msg
	}
	return tr("An unexpected error occurred.") + "\n" + tr("Details: {{.Err}}", map[string]any{"Err": err.Error()})
}

// knownReason is the interface's sentence for err, when errorReasons or
// the library's reading of a SQLite code knows it.
func knownReason(err error) (string, bool) {
	for _, cause := range []error{err, library.Cause(err)} {
		if cause == nil {
			continue
		}
		for _, r := range errorReasons {
			if errors.Is(cause, r.err) {
				return tr(r.msg), true
			}
		}
	}
	return "", false
}

// fileError is err about a file for the user: what failed, the file, and
// why, in the interface language. The technical detail goes to the log.
func fileError(what, path string, err error) error {
	fyne.LogError(what+": "+path, err)
	return &fileErr{msg: what + ": " + path + "\n" + reason(err), err: err}
}

// explained is err for the user: what failed, then why, in the
// interface language (the library's errors were English in the Chinese
// interface). The technical detail goes to the log.
func explained(what string, err error) error {
	fyne.LogError(what, err)
	return &fileErr{msg: what + "\n" + reason(err), err: err}
}

// LibraryNote says in the interface language what opening the library at
// path had to tell: err is a library.OpenError (damaged or newer, kept
// aside; held by another Zhibiao), or, when tmp is not "", why it could
// not be opened at all and a new one in tmp is used for now. The
// technical detail goes to the log.
func LibraryNote(path, tmp string, err error) string {
	fyne.LogError("library "+path, err)
	if tmp != "" {
		return tr("The library could not be opened; a new one in {{.Dir}} is used for now.", map[string]any{"Dir": tmp}) +
			"\n" + reason(err)
	}
	msg := path + "\n" + reason(err)
	var notice *library.OpenError
	if errors.As(err, &notice) && notice.MovedTo != "" {
		msg += "\n" + tr("The old library was kept as {{.Path}} and a new one started.", map[string]any{"Path": notice.MovedTo})
	}
	return msg
}

// fileErr keeps the cause for errors.Is while saying it for the user.
type fileErr struct {
	msg string
	err error
}

func (e *fileErr) Error() string { return e.msg }
func (e *fileErr) Unwrap() error { return e.err }
