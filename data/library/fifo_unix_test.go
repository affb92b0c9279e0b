//go:build unix

package library

import (
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe at path: reading one blocks forever.
func makeFIFO(t *testing.T, path string) bool {
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return true
}
