//go:build !unix

package fileio

// openNonblock: elsewhere there is no FIFO that blocks open.
const openNonblock = 0
