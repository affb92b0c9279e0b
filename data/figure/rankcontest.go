package figure

import "strings"

// contestOf is the contest a rank was won in when the words before the
// rank verb say it (在全市“扩投资增动能赶超发展”激励评比中 | 勇夺…第一名): a
// contest, not a group ranked among (在全省16个地级市中). "" when none.
func contestOf(s string) string {
	t, ok := strings.CutSuffix(s, "中")
	if !ok {
		return ""
	}
	if k := strings.LastIndex(t, "在"); k >= 0 {
		t = t[k+len("在"):]
	}
	if !hasSuffixAny(t, contestWords) {
		return ""
	}
	t, _ = trimPrefixes(t, scopeEnds)
	if runeLen(t) < 3 {
		return ""
	}
	return t
}

// contestWords end the name of a contest or an appraisal.
var contestWords = []string{"评比", "考核", "考评", "竞赛", "比赛", "评选", "测评", "评价"}
