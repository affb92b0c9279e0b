//go:build windows

package library

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

var errHeld = errors.New("lock held by another process")

// lockFile takes an exclusive lock on path without waiting. Windows drops
// it when the process ends, however it ends.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	var ol windows.Overlapped
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol)
	if err != nil {
		f.Close()
		if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return nil, errHeld
		}
		return nil, err
	}
	return f, nil
}
