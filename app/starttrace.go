package app

import (
	"fmt"
	"io"
	"os"
	"time"
)

// traceStartEnv, when set, has the window write each moment of its
// start-up it reaches to stderr, as "zhibiao-start EVENT UNIX_NANOSECONDS":
// scripts/bench-startup.sh reads them to time the library's list against
// the window, and they show where the time before the first frame goes.
const traceStartEnv = "ZHIBIAO_TRACE_START"

// startTracer returns the function that writes those lines to w, or one
// that does nothing when the variable is not set.
func startTracer(w io.Writer) func(event string) {
	if os.Getenv(traceStartEnv) == "" {
		return func(string) {}
	}
	return func(event string) {
		fmt.Fprintf(w, "zhibiao-start %s %d\n", event, time.Now().UnixNano())
	}
}
