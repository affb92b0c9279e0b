package corpus

import "strings"

// yearBefore reports whether before, the text right before a month, ends
// with a year (2021年): a month written with its year is the time of what
// follows even when no comma closes it, as a national release writes
// 2021年12月规模以上工业增加值同比实际增长4.3%.
func yearBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, "年") {
		return false
	}
	digits := strings.TrimRight(strings.TrimSuffix(before, "年"), " ")
	return len(digits) >= 4 && strings.Trim(digits[len(digits)-4:], "0123456789") == "" &&
		(digits[len(digits)-4] == '1' || digits[len(digits)-4] == '2')
}
