package figure

import "strings"

// yearToDateWords are 全年 written for the year so far: in a release of
// part of a year the year is not over, and 核心景区一次进山人数全年累计
// 36.21万人 in a 1—6月 brief is the sum to June, not a whole year's.
var yearToDateWords = []string{"全年累计"}

// lastWholeYearIn is lastWholeYearWord(before), except that a 全年累计
// in a release of months from January (H1, M1-M5, Q1-Q3) is the release's
// months, not the whole year: -1 then.
func (x *extractor) lastWholeYearIn(before string) int {
	k := lastWholeYearWord(before)
	if k >= 0 && cumulativeEnd(x.a.Period) > 0 && hasPrefixAny(before[k:], yearToDateWords) && !strings.Contains(before[k:], "预计") {
		return -1
	}
	return k
}
