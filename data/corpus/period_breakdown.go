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

// periodJoiners join the periods of a list: 一季度、上半年、前三季度和全年.
var periodJoiners = []string{"、", "和", "及", "与"}

// listedPeriod reports whether the first period of ps, the periods of
// sentence s, opens a list of periods (一季度、上半年、前三季度和全年GDP增速
// 分别为…): each member has its own figure, and the first is not the span
// the release covers.
func listedPeriod(s string, ps []PeriodMention) bool {
	if len(ps) < 2 {
		return false
	}
	gap := strings.TrimSpace(s[ps[0].End:ps[1].Start])
	for _, j := range periodJoiners {
		if gap == j {
			return true
		}
	}
	return false
}
