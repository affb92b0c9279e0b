package corpus

import "strings"

// breakdownLeadIns open a list of the parts of a year, each with its own
// figure: 分季度看,一季度地区生产总值同比增长9.7%,上半年增长8.2%,前三季度增长
// 8.5%,全年增长6.6% in a bulletin of the year (o01). The first part named
// is one of several, not the span the release covers.
var breakdownLeadIns = []string{"分季度看", "分季度", "分季看", "分月看", "分月份看", "从季度看", "从各季度看", "分时段看", "逐季看", "按季度看"}

// breakdownAt reports whether the clause that ends with before (the text
// of a sentence up to its first period) opens such a list.
func breakdownAt(before string) bool {
	clause := strings.TrimRight(before, ",，:： \u3000")
	if k := strings.LastIndexAny(clause, ",，;；:："); k >= 0 {
		clause = clause[k:]
	}
	return containsAny(clause, breakdownLeadIns)
}
