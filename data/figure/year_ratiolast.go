package figure

import "strings"

// ratioLastYearTails follow 上年 or 去年 as the base of a ratio: 是上年同期
// 的1.1倍, 为上年的110.5%, 相当于去年全年的85%.
var ratioLastYearTails = []string{"的", "同期的", "全年的", "末的", "底的"}

// ratioToRelativeYear reports whether the relative year word that ends
// before the 年 at j (w is where the word starts) is the base of a ratio:
// 是上年同期的1.1倍 is the figure's own year's, as 是2020年的1.5倍 is
// (ratioToBase), not the year before's.
func ratioToRelativeYear(s string, from, w, j int) bool {
	rest := s[j+len("年"):]
	if !hasPrefixAny(rest, ratioLastYearTails) {
		return false
	}
	return ratioToBase(compact(s[runeStart(s, max(from, w-9)):w]))
}

// ratioToLastYear reports whether before, compacted text right before a
// figure, ends with a ratio to the year before's value (是上年同期的,
// 为去年的): the figure is the ratio, of its own year.
func ratioToLastYear(before string) bool {
	for _, v := range lastYearValue {
		if strings.HasSuffix(before, v) {
			return ratioToBase(strings.TrimSuffix(before, v))
		}
	}
	return false
}
