// Package fileio writes files so that a failure never leaves half a file:
// the target is either the whole new content or untouched.
package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Error is a failed write. Its message names the file and says in plain
// words what went wrong, for a dialog; Unwrap gives the system's error, so
// errors.Is(err, fs.ErrPermission) and the like work.
type Error struct {
	Path   string // the file that was to be written
	Reason string // e.g. "folder /x is read-only"; empty when Err says it all
	Err    error
}

func (e *Error) Error() string {
	if e.Reason == "" {
		return fmt.Sprintf("write %s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("write %s: %s (%v)", e.Path, e.Reason, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// WriteAtomic writes the file at path with what write produces. It writes
// to a temporary file in the same folder, flushes it to disk and renames it
// over path, so readers see either the old file or the whole new one. On
// any failure (write returns an error, the folder is missing or read-only,
// the disk is full) the old file is left as it was, the temporary file is
// removed, and the *Error returned names path and says what went wrong.
//
// An existing file keeps its permissions; a new one is created 0644. When
// path is a symbolic link, the link is replaced by the file, and what it
// points to is left alone.
func WriteAtomic(path string, write func(w io.Writer) error) error {
	if path == "" {
		return &Error{Path: `""`, Reason: "no file name given", Err: fs.ErrInvalid}
	}
	// A symbolic link at path is not followed: one planted in a shared
	// folder would have the export overwrite whatever it points to. The
	// link itself is replaced by the file.
	target := path
	mode := fs.FileMode(0o644)
	if st, err := os.Lstat(path); err == nil {
		if st.IsDir() {
			return &Error{Path: path, Reason: "it is a folder, not a file", Err: fs.ErrExist}
		}
		if st.Mode().IsRegular() {
			mode = st.Mode().Perm()
		}
	}
	dir := filepath.Dir(target)
	if st, err := os.Stat(dir); err != nil {
		return failed(path, dir, err)
	} else if !st.IsDir() {
		return &Error{Path: path, Reason: dir + " is not a folder", Err: syscall.ENOTDIR}
	}

	// CreateTemp opens with O_EXCL: a name planted in the folder is never
	// opened, a fresh one is made.
	tmp, err := os.CreateTemp(dir, tempPrefix+filepath.Base(target)+".*"+tempSuffix)
	if err != nil {
		return failed(path, dir, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	if err := write(tmp); err != nil {
		return failed(path, dir, err, tmp.Name())
	}
	// Best effort: on Windows only the read-only bit can be set, and the
	// default is right there anyway.
	_ = tmp.Chmod(mode)
	if err := tmp.Sync(); err != nil {
		return failed(path, dir, err, tmp.Name())
	}
	if err := tmp.Close(); err != nil {
		return failed(path, dir, err, tmp.Name())
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return failed(path, dir, err)
	}
	renamed = true
	syncDir(dir)
	return nil
}

// failed wraps err from writing path in folder dir, with a reason a user
// can act on when the system error is one we recognise. The name of the
// temporary file (tmp, when there is one), which means nothing to the
// user, is dropped.
func failed(path, dir string, err error, tmp ...string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && len(tmp) > 0 && pe.Path != tmp[0] {
		// About another file: the write function's own error.
		return &Error{Path: path, Err: err}
	}
	switch e := err.(type) {
	case *fs.PathError:
		err = e.Err
	case *os.LinkError:
		err = e.Err
	}
	e := &Error{Path: path, Err: err}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		e.Reason = "the disk is full"
	case errors.Is(err, syscall.EROFS):
		e.Reason = "folder " + dir + " is on a read-only disk"
	case errors.Is(err, fs.ErrNotExist):
		e.Reason = "folder " + dir + " does not exist"
	case errors.Is(err, fs.ErrPermission):
		e.Reason = "folder " + dir + " is read-only or not yours to write"
	}
	return e
}

// syncDir flushes the folder entry of the renamed file where the system
// allows it (not on Windows, where a folder cannot be opened for this); a
// failure here cannot un-write the file, so it is not reported.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
