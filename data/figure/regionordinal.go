package figure

import "strings"

// sectorOrdinals open the names of the three sectors (第一产业, 第二、三产业):
// their 第 counts sectors, not a rank, so a place before them owns the
// sector's figure (全省县域第一产业增加值同比增长3.5%) rather than scoping a
// rank as in 全省第一.
var sectorOrdinals = []string{"第一产业", "第二产业", "第三产业", "第一、二", "第二、三", "第一、第二", "第二、第三", "第一二三"}

// scopeFollows reports whether after, the text right after a place, makes
// the place a scope (全市第一, 全省唯一, 全国领先).
func scopeFollows(after string) bool {
	after = strings.TrimLeft(after, " \n")
	return hasPrefixAny(after, scopeAfter) && !hasPrefixAny(after, sectorOrdinals)
}
