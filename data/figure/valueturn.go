package figure

import "strings"

// turnVerbs change a 分别 list's direction midway: 分别增长65.3%、52.6%、
// 49.9%和下降9.4%、18.8% lists five values, the last two declines.
var turnVerbs = []string{"下降", "减少", "增长", "增加", "回落", "提高"}

// turnJoin reports whether a compacted gap joins two values of one list
// while turning its direction: 和下降, 、下降.
func turnJoin(g string) bool {
	for _, j := range []string{"和", "、"} {
		if rest, ok := strings.CutPrefix(g, j); ok && matchAny(rest, turnVerbs) {
			return true
		}
	}
	return false
}
