package corpus

// NamesBreakdown reports whether s writes one of the words that open a
// list of the parts of a year (分季度看, 分月看…): the periods named after
// it are the parts, each its own figure's, not the time of what follows.
func NamesBreakdown(s string) bool {
	return containsAny(s, breakdownLeadIns)
}
