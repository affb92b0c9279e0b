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
	if p := leadPeriod(a); p != "" && (!speech || speechOpensWith(a, p)) {
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

// speechOpensWith reports whether a speech's first sentence opens with
// period p (今年上半年，全县…; 1-9月份，全县…): the part of the year it reviews.
// A period written after the speech has opened on the year (今年以来，全市
// 经济运行稳中有进，1-11月，全市规上工业增加值增长8.5%) is the latest the
// statistics have of that year, not the speech's period.
func speechOpensWith(a *Article, p string) bool {
	for _, para := range a.Paragraphs {
		if para.Kind == Caption || para.Kind == Heading || isFurniture(para.Text) || para.Text == a.Title {
			continue
		}
		first := firstSentence(para.Text)
		ps := Periods(first)
		if len(ps) == 0 || ps[0].Code != p {
			return false
		}
		before := strings.TrimSpace(first[:ps[0].Start])
		for _, w := range periodLeadIns {
			before = strings.TrimSuffix(before, w)
		}
		return before == ""
	}
	return false
}
