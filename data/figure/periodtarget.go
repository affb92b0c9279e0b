package figure

import "strings"

// targetAfters follow a value that is a whole year's target, quoted in a
// release of part of the year: 全国城镇调查失业率平均为5.2%，低于5.5%左右的
// 预期目标 — 5.5% is the year's target, not the half's.
var targetAfters = []string{"的预期目标", "的年度目标", "的全年目标", "的目标", "的年度预期目标", "的全年预期目标", "的控制目标"}

// targetQualifiers may stand between the value and targetAfters.
var targetQualifiers = []string{"左右", "以内", "以上", "以下"}

// yearTargetValue reports whether the figure at pos is a year's target by
// the words right after it.
func (x *extractor) yearTargetValue(pos int) bool {
	j := x.qAfter(pos)
	if j >= len(x.qs) || x.qs[j].Start != pos {
		return false
	}
	end := x.qs[j].End
	after := compact(x.s[end:min(len(x.s), end+30)])
	after = strings.TrimPrefix(after, prefixOf(after, targetQualifiers))
	return hasPrefixAny(after, targetAfters)
}

// prefixOf is the word of words s starts with, "" when none.
func prefixOf(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// yearTargetWords set a target in the sentence before a figure: 今年全市地区
// 生产总值预期增长6%左右, 主要预期目标是…, 力争全年增长8%.
var yearTargetWords = []string{"预期目标", "主要目标", "发展目标", "预期增长", "预期达到", "目标是", "目标为", "力争"}

// setsYearTarget reports whether sent, the sentence up to a figure that
// writes no period of its own, sets a target: a release of a part of the
// year quotes the year's (今年全市地区生产总值预期增长6%左右), which is no
// figure of its months. A target met (完成预期目标的55%, 实现主要目标) is
// another matter.
func setsYearTarget(sent string) bool {
	k := -1
	for _, w := range yearTargetWords {
		if i := strings.Index(sent, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	return k >= 0 && !containsAny(sent[:k], targetDone)
}
