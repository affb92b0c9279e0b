package corpus

import "strings"

// spanStartWords after a period of the year before make it the start of a
// span that runs to the time of writing (延续去年四季度以来较快增长态势),
// which no period code names: the period is not read. A period of this
// year so followed is news's way of writing that period so far (今年一季度
// 以来，全县…: the first quarter's figures), and is read.
var spanStartWords = []string{"以来", "开始以来"}

// earlierYearWords before a period put it in a year before the report's.
var earlierYearWords = []string{"去年", "上年", "前年"}

// spanStart reports whether a period written between before and after
// starts a span from a year before: before ends with one of
// earlierYearWords and after opens with one of spanStartWords.
func spanStart(before, after string) bool {
	return hasSuffixAny(strings.TrimRight(before, " "), earlierYearWords) &&
		hasPrefixAny(strings.TrimLeft(after, " "), spanStartWords)
}
