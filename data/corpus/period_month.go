package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// quarterEnds are the ends of quarters, written as the month-end they
// are: 二季度末，生猪存栏71.5万头 is a stock at the end of June (M6E), not a
// flow of the second quarter. 四季度末 is the year's end: no period.
var quarterEnds = []struct{ phrase, code string }{
	{"第一季度末", "M3E"}, {"一季度末", "M3E"},
	{"第二季度末", "M6E"}, {"二季度末", "M6E"}, {"上半年末", "M6E"},
	{"第三季度末", "M9E"}, {"三季度末", "M9E"},
	{"1季度末", "M3E"}, {"2季度末", "M6E"}, {"3季度末", "M9E"},
}

// singleMonth is one month on its own: 6月份, 8月当月, 9月单月, or 6月 opening
// a clause (6月，全市…). A month in a date (4月23日), a month-end (3月末)
// or the start of a span (3月以来) is not one.
var singleMonth = regexp.MustCompile(firstMonthNum + `\s*月(份)?(当月|单月)?`)

// notSingleMonth after a month make it a date, an end or a bound.
var notSingleMonth = []string{"末", "底", "日", "号", "初", "中", "上旬", "中旬", "下旬", "以来", "以前", "起", "至", "到", "-", "—", "–", "－", "~", "～", "前", "后", "份末", "份底", "份以来"}

// spanLinks join the months of a span: 1-2月份, 1至6月份.
var spanLinks = []string{"-", "—", "–", "－", "~", "～", "至", "到"}

// asOf before a month make it the month's end: 截至6月份, 截止到9月.
var asOf = []string{"截至", "截止", "截止到"}

// addSingleMonths adds the single months of s through add.
func addSingleMonths(s string, add func(start, end int, code string)) {
	for _, m := range singleMonthMatches(s) { // singleMonth.FindAllStringSubmatchIndex(s, -1)
		n := monthValue(s[m[2]:m[3]])
		if n < 1 || n > 12 || !yuanMonthOK(s, m[2], m[3]) {
			continue
		}
		after := s[m[1]:]
		if hasPrefixAny(after, notSingleMonth) || startsWithDigit(after) {
			continue
		}
		before := strings.TrimRight(s[:m[0]], " ")
		marked := m[4] >= 0 || m[6] >= 0 || yearBefore(before) && subjectAfter(after) || indicatorMonth(before, after) // 份, 当月, 单月, 2021年12月规模以上…, 中国5月进出口
		if !marked && !opensPunct(after) {
			continue // 6月 must open its clause: 6月，全市…
		}
		if precededByDigit(before) || hasSuffixAny(before, spanLinks) && !hasSuffixAny(before, asOf) {
			continue // 1至6月份, 较1-2月份: the end of a span
		}
		if hasSuffixAny(before, asOf) {
			if n < 12 {
				add(m[0], m[1], "M"+strconv.Itoa(n)+"E") // 截至6月份: a stock at June's end
			}
			continue
		}
		add(m[0], m[1], "M"+strconv.Itoa(n))
	}
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// precededByDigit: 11月 read as 1月 from inside 11.
func precededByDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

func opensPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("，,、：:；;", r)
}
