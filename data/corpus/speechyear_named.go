package corpus

import "regexp"

// reportReviews is a year naming a work report that looks back (2022年，江门
// 市政府工作报告全面回顾了过去五年): the year the report is given, so what it
// reviews is of the years before, not of that year.
var reportReviews = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*[,，]?\s*[^。，,；;]{0,12}?政府工作报告[^。；;]{0,12}?回顾`)

// namesReviewingReport reports whether a lead opens with the year of the
// work report it tells of (reportReviews): that year is the report's, not
// the one its figures are of.
func namesReviewingReport(lead string) bool {
	m := reportReviews.FindStringIndex(lead)
	return m != nil && m[0] < 8
}
