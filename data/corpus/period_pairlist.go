package corpus

import "strings"

// pairJoiners are the comparison words that also join two members of a
// list: 和, 与, 及 (isBase reads 和上年 as a base, 与上月相比).
var pairJoiners = []string{"和", "与", "及"}

// pairCompared words after the second period make a pair joined by 和 or
// 与 a comparison of one with the other (5月份与4月份相比), not a list.
var pairCompared = []string{"相比", "比较", "相较", "对比", "持平", "相当", "一样", "同比"}

// pairListed reports whether the period c, read as a base because 和 or 与
// stands right before it, is the second member of a list of periods opened
// by prev, the period described (5月份和1-5月,全县规上工业增加值分别增长
// 9.9%和5.6%: the figures of 5月 and of 1-5月, as a 分别 list reads them),
// rather than a base: no comparison word follows it.
func pairListed(s string, prev, c periodCandidate) bool {
	if prev.base || prev.End > c.Start {
		return false
	}
	gap := strings.TrimSpace(s[prev.End:c.Start])
	joined := false
	for _, j := range pairJoiners {
		joined = joined || gap == j
	}
	if !joined {
		return false
	}
	after := strings.TrimLeft(s[c.End:], " ")
	for _, w := range pairCompared {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	return true
}
