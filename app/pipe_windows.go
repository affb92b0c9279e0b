package app

import (
	"errors"

	"golang.org/x/sys/windows"
)

// quietBrokenPipe has nothing to do: Windows has no SIGPIPE, a write to a
// closed pipe fails with an error.
func quietBrokenPipe() {}

// brokenPipe reports whether err is a write to a pipe whose reader has
// gone: `zhibiao.exe extract | more`, quit at the first page. Windows says
// ERROR_NO_DATA ("the pipe is being closed"), ERROR_BROKEN_PIPE or (wine,
// and Windows when the reader never connected) ERROR_PIPE_NOT_CONNECTED.
func brokenPipe(err error) bool {
	return errors.Is(err, windows.ERROR_NO_DATA) || errors.Is(err, windows.ERROR_BROKEN_PIPE) ||
		errors.Is(err, windows.ERROR_PIPE_NOT_CONNECTED)
}
