package corpus

import "strings"

// periodCandidate is a period written in a text, and whether it is written
// as the base of a comparison (较一季度) rather than the period described.
type periodCandidate struct {
	PeriodMention
	base bool
}

// baseJoiners join the members of a list of bases: 增速分别较1-2月、1-3月、
// 1-5月、1-6月和1-7月回落 (h06), 分别较一季度、上半年回落.
var baseJoiners = []string{"、", "和", "及", "以及", "与"}

// withoutBases returns the periods of cs (found in s) in order, without
// those written as bases: after a comparison word, or listed after such a
// base (较1-2月、1-3月: the second is a base as much as the first).
func withoutBases(s string, cs []periodCandidate) []PeriodMention {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Start < cs[j-1].Start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	var out []PeriodMention
	for i := range cs {
		if cs[i].base && i > 0 && pairListed(s, cs[i-1], cs[i]) {
			cs[i].base = false // 5月份和1-5月…分别: two periods listed
		}
		if !cs[i].base && i > 0 && cs[i-1].base && cs[i-1].End <= cs[i].Start && listJoined(s[cs[i-1].End:cs[i].Start]) {
			cs[i].base = true
		}
		if !cs[i].base {
			out = append(out, cs[i].PeriodMention)
		}
	}
	return out
}

// listJoined reports whether gap, between two periods, only joins them as
// members of one list.
func listJoined(gap string) bool {
	gap = strings.TrimSpace(gap)
	for _, j := range baseJoiners {
		if gap == j {
			return true
		}
	}
	return false
}
