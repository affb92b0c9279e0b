package corpus

import "strings"

// setArticlePeriod settles the part of the year the whole report covers:
// the one its title names, else the one its lead gives; a month named with
// the year to date after it is a monthly release of that year to date
// (monthsToDate).
func setArticlePeriod(a *Article, title string, speech bool) {
	a.Period = titlePeriod(title)
	if a.Period == "" && !annualTitle(title) {
		a.Period = bodyPeriod(a, speech)
	}
	if code, ok := monthsToDate(a); ok {
		a.Period = code
	}
}

// bodyPeriod is the period the first paragraphs give the report when its
// title names none: the lead's first sentence, a year written with its
// period (2021年上半年), or a period opening one of the first sentences.
// A speech's opening periods are of the year it plans, not the report's.
func bodyPeriod(a *Article, speech bool) string {
	if p := leadPeriod(a); p != "" {
		return p
	}
	if _, p := datedPeriod(a, ""); p != "" {
		return p
	}
	if !speech {
		return openingPeriod(a)
	}
	return ""
}

// annualTitles name a report of a whole year: a 统计公报 reviews the year
// it is titled with, whatever part of it its lead mentions on the way
// (全县经济运行扭转了2018年第四季度以来增速持续减缓的局面，从上半年开始，主要
// 经济指标逐月回升: the bulletin of 2019, not of its first half). A title
// that names a part of the year (2023年一季度统计公报) says so first.
var annualTitles = []string{"统计公报"}

// annualTitle reports whether title names a report of a whole year.
func annualTitle(title string) bool {
	t := unspaced(title) // 统 计 公 报 is spaced out as a heading
	for _, w := range annualTitles {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
