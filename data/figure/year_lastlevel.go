package figure

import "strings"

// lastYearPlain are 上年同期 and 去年同期 written right before a level
// with no 的: 比上年同期196978万元增长13.38% compares with the same months
// of the year before, whose level the figure is.
var lastYearPlain = []string{"上年同期", "去年同期"}

// lastYearLevel reports whether the figure at pos is the level of the
// same months a year before: after 上年同期 and before the change it is
// the base of (比上年同期169412万元下降0.99%). A difference right after
// 上年同期 (高于去年同期0.6个百分点) is followed by no change verb and is
// the figure's own year's.
func (x *extractor) lastYearLevel(pos int) bool {
	j := x.qAfter(pos)
	if j >= len(x.qs) || x.qs[j].Start != pos {
		return false
	}
	before := x.s[runeStart(x.s, max(0, pos-15)):pos]
	if !strings.Contains(before, "同期") || !hasSuffixAny(compact(before), lastYearPlain) {
		return false
	}
	return hasPrefixAny(x.s[x.qs[j].End:], growthVerbs)
}
