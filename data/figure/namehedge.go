package figure

import "strings"

// hedgeAdverbs end the words before a number by saying how sure or how
// lasting the figure is (全年有可能达到700亿元, GDP曾长期排名永州第一, 有望
// 突破), not what it measures: they are no part of its name.
var hedgeAdverbs = byLength([]string{"有可能", "可能", "有望", "曾经", "曾", "长期"})

// dropHedges takes hedgeAdverbs off the end of s. 中长期 is a term of
// loans (住户中长期贷款), kept whole.
func dropHedges(s string) string {
	for range 3 {
		t, w := trimSuffixes(s, hedgeAdverbs)
		if w == "" || w == "长期" && strings.HasSuffix(t, "中") {
			return s
		}
		s = t
	}
	return s
}
