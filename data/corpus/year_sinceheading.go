package corpus

import (
	"regexp"
	"strings"
)

// sinceHeading is a heading reviewing the years since one (一、2008年以来的
// 工作回顾, 二〇一八年以来工作回顾): the review runs up to the year before
// the report, and that last year is the one its figures are of, not the
// year it starts from.
var sinceHeading = regexp.MustCompile(`^[^。，,；;]{0,6}?(?:19|20)\d{2}\s*年\s*以来`)

// spanHeading reports whether a heading reviews the years since one.
func spanHeading(text string) bool { return sinceHeading.MatchString(text) }

// LateSession reports a report given at a session late in its year: dated
// in December, or by its own dateline in November (——2011年11月24日在潜江
// 市第七届人民代表大会第一次会议上). It reviews that year and plans the next.
// A page merely published in November may reprint a January speech, so
// November counts only from the dateline.
func (a *Article) LateSession() bool {
	switch a.Date.Month {
	case 12:
		return true
	case 11:
		d := findDateline(a)
		return d.Year == a.Date.Year && d.Month == 11
	}
	return false
}

// unspaced drops the spaces a title is letter-spaced with (政 府 工 作 报
// 告, 政　府　工　作　报　告), so its words can be found.
func unspaced(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, s)
}
