//go:build unix

package app

import (
	"syscall"
	"time"
)

// cpuNow is the CPU time the test process has used: scaling checks
// compare it, as wall time moves with the machine's load.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
