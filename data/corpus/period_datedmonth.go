package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// yearBefore reports whether before, the text right before a month, ends
// with a year (2021年): a month written with its year is the time of what
// follows even when no comma closes it, as a national release writes
// 2021年12月规模以上工业增加值同比实际增长4.3%. A year written relative to
// the report (今年5月重点项目集中开工, 去年12月全市…) dates the month as well.
func yearBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, "年") {
		return false
	}
	if hasSuffixAny(before, relativeYears) {
		return true
	}
	digits := strings.TrimRight(strings.TrimSuffix(before, "年"), " ")
	return len(digits) >= 4 && strings.Trim(digits[len(digits)-4:], "0123456789") == "" &&
		(digits[len(digits)-4] == '1' || digits[len(digits)-4] == '2')
}

// subjectAfter reports whether after, the text right after a dated month,
// opens with the subject of a clause (a Han character), not a bracket or a
// line end: (2022年2月) signs a bulletin and ——2024年1月 / 22日 dates a
// speech; neither is a period of the figures.
func subjectAfter(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.Is(unicode.Han, r)
}

// relativeYears name a year by where the report stands: 今年5月, 去年12月.
var relativeYears = []string{"今年", "去年", "本年", "上年", "当年", "明年"}
