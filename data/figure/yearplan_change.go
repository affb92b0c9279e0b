package figure

import "strings"

// changeArrived reports whether a plan's end written after before (compact
// text) starts a change (从“十三五”末的9.2亿元增长到13.6亿元) that after, the
// text from the plan's end to the figure, has already arrived at: the plan
// end is the year of the starting value only, as 由2020年的185.3亿元 is,
// and the value arrived at is of the year the review tells.
func changeArrived(before, after string) bool {
	return hasSuffixAny(before, changeFrom) && strings.ContainsAny(after, changeArrivals)
}
