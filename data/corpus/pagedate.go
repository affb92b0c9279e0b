package corpus

import "regexp"

// pageDate is a date as web pages print it: 2019-09-25, 2023/04/21,
// 2023.04.21 (dots only with a day: 2023.5 is a number).
var pageDate = regexp.MustCompile(`((?:19|20)\d{2})([-/.])(\d{1,2})(?:[-/.](\d{1,2}))?`)

// firstPageDate is the first date in h a page header prints, skipping
// what only looks like one: the span 2017-2021年 of a chart caption (its
// "month" is 20), 2023.5亿元.
func firstPageDate(h []byte) (Date, bool) {
	for _, m := range pageDate.FindAllSubmatchIndex(h, -1) {
		if m[1] < len(h) && (h[m[1]] >= '0' && h[m[1]] <= '9' || string(h[m[1]:min(len(h), m[1]+3)]) == "年") {
			continue
		}
		if string(h[m[4]:m[5]]) == "." && m[8] < 0 {
			continue
		}
		day := ""
		if m[8] >= 0 {
			day = string(h[m[8]:m[9]])
		}
		d := dateFromParts(string(h[m[2]:m[3]]), string(h[m[6]:m[7]]), day)
		if d.Month == 0 {
			continue
		}
		return d, true
	}
	return Date{}, false
}
