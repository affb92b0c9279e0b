//go:build !unix

package cputime

import "time"

// Now is not measured on this system; benchmarks report wall time only.
func Now() time.Duration { return 0 }
