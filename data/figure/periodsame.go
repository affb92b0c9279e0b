package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// samePeriodReach is how far back, in bytes, 同期 opening a sentence looks
// for the period it repeats.
const samePeriodReach = 600

// samePeriod is the period 同期 at k names when it opens its clause (前5个月，
// 广东以一般贸易方式进出口2.21万亿元…。同期，保税物流较快增长): the last period
// written before it, else the article's; "" when 同期 is a base inside a
// clause (比上年同期, 去年同期, 同期相比) or follows a comparison.
func (x *extractor) samePeriod(k int, before []corpus.PeriodMention) string {
	head := trimRightSet(x.s[max(0, k-12):k], " \u3000")
	if head != "" {
		r, _ := hanzi.DecodeLastRune(head)
		if r != '\n' && !(isPunct(r) && r != '、') {
			return ""
		}
	}
	if after := x.s[k+len("同期"):]; strings.HasPrefix(after, "相比") || strings.HasPrefix(after, "比") {
		return "" // 同期相比: a comparison
	}
	if n := len(before); n > 0 && k-before[n-1].End <= samePeriodReach {
		return before[n-1].Code
	}
	return x.a.Period
}
