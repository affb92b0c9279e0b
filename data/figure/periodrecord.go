package figure

import "strings"

// recordVerbs before 今年以来 or 年初以来 make it the span a record is
// measured over (其中5月份实现工业产值12.99亿元，创今年以来单月新高，比上月增长
// 9.9%; 为年初以来最高), which dates nothing: the clauses after it keep the
// period written before.
var recordVerbs = []string{"创", "为", "达", "是", "创下", "达到"}

// recordSpan reports whether before, the text right before a span word,
// ends with one of recordVerbs.
func recordSpan(before string) bool {
	for _, v := range recordVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// yearToDateWord reports whether w names the months of the year so far:
// 今年以来, 年初以来, 年初至今.
func yearToDateWord(w string) bool {
	return w == "今年以来" || w == "年初以来" || w == "年初至今"
}
