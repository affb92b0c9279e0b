package figure

import "strings"

// headingBetween reports whether a numbered heading line (二、固定资产投资较快
// 增长) stands between the end of a period written at [start, end) and the
// figure at pos: a section that writes no period of its own is of the span
// the release covers, not of the months a section before it quoted (一、…
// 1-5月，全县规模以上工业增加值同比增长8.1%。\n二、…\n全县固定资产投资同比增长
// 12.3% in a release of the half year). A period written in a heading line
// itself scopes its section and is left alone.
func (x *extractor) headingBetween(start, end, pos int) bool {
	if end >= pos || strings.IndexByte(x.s[end:pos], '\n') < 0 {
		return false
	}
	// the line of the period: it ends before pos; a heading is short, so
	// looking back a little way for its start suffices
	lo := runeStart(x.s, max(0, start-headingReach))
	ls := lo + strings.LastIndexByte(x.s[lo:start], '\n') + 1
	le := strings.IndexByte(x.s[start:pos], '\n')
	if ls > lo && headingLine(x.s[ls:start+le]) {
		return false // 一、1-3月份主要经济指标完成情况: the section's period
	}
	for i := end; ; {
		k := strings.IndexByte(x.s[i:pos], '\n')
		if k < 0 {
			return false
		}
		ls := i + k + 1
		m := strings.IndexByte(x.s[ls:pos], '\n')
		if m < 0 {
			return false // the figure's own line
		}
		if headingLine(x.s[ls : ls+m]) {
			return true
		}
		i = ls
	}
}

// headingReach is how far before a period, in bytes, its line must start
// for the line to be read as a heading: headingLine takes 24 characters.
const headingReach = 24 * 3
