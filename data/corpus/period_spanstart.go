package corpus

import "strings"

// spanStartWords after a period make it the start of a span that runs to
// the time of writing (延续去年四季度以来较快增长态势, 二季度以来), which
// no period code names: the period is not read.
var spanStartWords = []string{"以来", "开始以来"}

// spanStart reports whether after, the text right after a period, opens
// with one of spanStartWords.
func spanStart(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, w := range spanStartWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
