package figure

import "strings"

// lastYearWholeValues end the words right before a figure that is the whole
// of last year, written as what this year's sum is set against: 今年前11月成
// 都社会消费品零售总额已超过去年全年的8118.5亿元 (8118.5亿元 is 2020's, not the
// first eleven months'). A share of it (相当于去年全年的55%) measures this
// year's part and keeps its period.
var lastYearWholeValues = []string{"去年全年的", "上年全年的", "去年全年", "上年全年", "上一年全年的"}

// lastYearWholeValue reports whether the figure at pos is last year's
// whole-year value, set against this year's.
func (x *extractor) lastYearWholeValue(pos int) bool {
	before := x.s[runeStart(x.s, max(0, pos-24)):pos]
	if !strings.Contains(before, "全") {
		return false // every one of lastYearWholeValues holds 全; compact adds none (most figures)
	}
	before = compact(before)
	return hasSuffixAny(trimRightSet(before, "“\""), lastYearWholeValues) && !x.percentAt(pos)
}
