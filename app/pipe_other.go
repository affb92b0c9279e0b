//go:build !windows

package app

import (
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// quietBrokenPipe makes a write to a closed pipe return EPIPE, which
// failure treats as the end of the job, rather than kill the process with
// SIGPIPE (exit status 141). Notify, not Ignore: an ignored signal stays
// ignored in programs this one starts.
func quietBrokenPipe() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
}

// brokenPipe reports whether err is a write to a pipe whose reader has
// gone: `zhibiao extract | head` once head has its lines.
func brokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE)
}
