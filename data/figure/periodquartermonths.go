package figure

import "strings"

// monthsWritten reports whether a period was written with its months
// (7-9月份, 4—6月), which Periods codes as the quarter they make up (Q3,
// Q2): a quarter so written is those months alone, never the sum from
// January that a bare 三季度 compared with 上半年 or read off the unified
// accounting may stand for.
func monthsWritten(written string) bool {
	return strings.Contains(written, "月")
}
