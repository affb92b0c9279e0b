package figure

import (
	"regexp"
	"strconv"
	"strings"
)

// apostropheYear is a year written short after an apostrophe, as informal
// news and posts write it: '23年上半年, ’22年. The apostrophe makes the two
// digits a year (23年 alone may count years: 连续23年).
var apostropheYear = regexp.MustCompile(`['’‘]\s*(\d{2})\s*年`)

// apostropheYearIn is the last such year in s[from:to] that is the
// figure's own (not a base: 比'22年同期; not a span: '20年以来), and where
// it is written; 0 and -1 when none is.
func apostropheYearIn(s string, from, to int) (int, int) {
	if w := s[from:to]; strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") && !strings.Contains(w, "‘") {
		return 0, -1 // asked for every figure: byte searches, not a rune loop
	}
	year, at := 0, -1
	for _, m := range apostropheYear.FindAllStringSubmatchIndex(s[from:to], -1) {
		start, end := from+m[0], from+m[1]
		if baseBefore(compact(s[max(from, start-12):start])) || hasPrefixAny(s[end:], []string{"以来", "同期"}) {
			continue
		}
		yy, _ := strconv.Atoi(s[from+m[2] : from+m[3]])
		year, at = 2000+yy, start
	}
	return year, at
}
