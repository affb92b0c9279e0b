package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// wholeBaseReach is how many characters before a whole-year word a
// comparison word may stand and still make the year its base: 较去年同期和
// 全年 (h06), 与2024年全年 (f03).
const wholeBaseReach = 8

// comparedWhole reports whether the whole-year word written right after
// before is the base of a comparison in its clause, not the figure's
// period: 分别较去年同期和全年分别回落4.5、4.2个百分点 and 增速与2024年全年
// 持平 in releases of 1-8月 and 一季度 compare with the year, while the
// figures stay those of the months.
func comparedWhole(before string) bool {
	start := len(before)
	for n := 0; n < wholeBaseReach && start > 0; n++ {
		r, sz := hanzi.DecodeLastRune(before[:start])
		if isPunct(r) || r == '\n' {
			break
		}
		start -= sz
	}
	clause := before[start:]
	for _, w := range comparisonWords {
		if w != "同" && strings.Contains(clause, w) {
			return true
		}
	}
	return false
}
