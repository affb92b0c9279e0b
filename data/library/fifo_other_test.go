//go:build !unix

package library

import "testing"

// makeFIFO has no named pipe to make here.
func makeFIFO(t *testing.T, path string) bool { return false }
