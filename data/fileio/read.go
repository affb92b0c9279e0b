package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrTooLarge is a file past the limit ReadRegular was given.
var ErrTooLarge = errors.New("file too large")

// What ReadRegular refuses instead of a regular file: errors.Is tells
// them apart, so that the window can say which in its own language.
var (
	ErrFolder  = errors.New("it is a folder")
	ErrPipe    = errors.New("it is a named pipe (FIFO)")
	ErrSocket  = errors.New("it is a socket")
	ErrDevice  = errors.New("it is a device")
	ErrSpecial = errors.New("it is a special file")
)

// ReadRegular reads the regular file at path, following a symbolic link
// only to a regular file, and reads at most limit+1 bytes: a file longer
// than limit is refused with ErrTooLarge. A named pipe, a device, a socket
// or a folder is refused with a message that says which it is, without
// reading it: /dev/zero never ends, and a FIFO blocks until someone
// writes to it.
func ReadRegular(path string, limit int64) ([]byte, error) {
	// Stat first, so that a device is not even opened (opening one can
	// have effects); then opened without blocking (a FIFO's open waits for a writer), then
	// checked on the open file, so that a file swapped after a Stat is
	// still caught.
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	} else if why := notRegular(st.Mode()); why != nil {
		return nil, fmt.Errorf("open %s: %w, not a file", path, why)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if why := notRegular(st.Mode()); why != nil {
		return nil, fmt.Errorf("open %s: %w, not a file", path, why)
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("open %s: %s is more than the limit of %s: %w", path, size(st.Size()), size(limit), ErrTooLarge)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(b)) > limit { // it grew while it was read
		return nil, fmt.Errorf("read %s: more than the limit of %s: %w", path, size(limit), ErrTooLarge)
	}
	return b, nil
}

// notRegular says what a file of mode m is when it is not a regular file
// (nil when it is one).
func notRegular(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return ErrFolder
	case m&fs.ModeNamedPipe != 0:
		return ErrPipe
	case m&fs.ModeSocket != 0:
		return ErrSocket
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return ErrDevice
	}
	return ErrSpecial
}

// size writes n bytes for a person: 32 MB, 512 KB, 12 bytes.
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
