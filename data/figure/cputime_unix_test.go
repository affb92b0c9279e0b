//go:build unix

package figure

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used. On a shared machine wall
// time varies with the load; MB per CPU second does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
