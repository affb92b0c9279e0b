//go:build unix

// Package cputime measures the CPU time of the process, for benchmarks: on
// a shared machine wall time per operation moves with the load, CPU time
// much less, so benchmarks report both.
package cputime

import (
	"syscall"
	"time"
)

// Now returns the CPU time the process has used, user and system.
func Now() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
