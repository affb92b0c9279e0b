package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// lastYearWords name the year before the one a report describes.
var lastYearWords = []string{"上年", "去年", "上一年"}

// lastYearOpens reports whether before, text ending with one of
// lastYearWords, opens its clause with it: 去年全年，全县地区生产总值增长
// 4.2%。 is the year before's whole year, where 比上年全年提高 and 高于上年全年
// name a base of comparison.
func lastYearOpens(before string) bool {
	before = strings.TrimSuffix(before, suffixOf(before, lastYearWords))
	before = trimRightSet(before, " \u3000")
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	return r == '\n' || isPunct(r) && r != '、'
}

// lastYearWhole reports whether the 年 at j (of 去年 or 上年) opens 去年全年
// or 上年全年 as the time of its clause; such a clause is the year before's,
// and the sentences after it are the report's own again.
func (x *extractor) lastYearWhole(j int) bool {
	after := x.s[j+len("年"):]
	return strings.HasPrefix(after, "全年") && lastYearOpens(x.s[runeStart(x.s, max(0, j-12)):j+len("年")])
}

// lastYearBase reports whether the 全年 written after before (with after
// the text from its end up to the figure) is no whole year of the figure's
// own: 比上年全年提高 names a base; 去年全年，全县地区生产总值增长4.2%。 is the
// whole year before for its own sentence only.
func lastYearBase(before, after string) bool {
	if !hasSuffixAny(before, lastYearWords) {
		return false
	}
	return !lastYearOpens(before) || strings.ContainsAny(after, "。；;")
}
