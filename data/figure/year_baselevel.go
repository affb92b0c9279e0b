package figure

import "strings"

// baseLevelWords after 上年 or 去年 make it the base a target is set on (一般
// 公共预算收入在上年基础上增长5%, 粮食产量稳定在上年水平): the target is of
// the year ahead, not of the year before.
var baseLevelWords = []string{"基础上", "的基础上", "基础", "水平"}

// relativeBaseLevel reports whether after, the text right after a relative
// year (上年, 去年), opens on one of baseLevelWords.
func relativeBaseLevel(after string) bool {
	return hasPrefixAny(strings.TrimLeft(after, " "), baseLevelWords)
}
