package corpus

import "regexp"

// reportReviews is a year naming a work report that looks back (2022年，江门
// 市政府工作报告全面回顾了过去五年): the year the report is given, so what it
// reviews is of the years before, not of that year.
var reportReviews = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*[,，]?\s*[^。，,；;]{0,12}?政府工作报告[^。；;]{0,12}?回顾`)

// reportNamed is a work report named with its year in 《》 (《2024年长治市
// 政府工作报告》显示，去年全市…): the year it is given, which 今年 and 去年
// in the news count from.
var reportNamed = regexp.MustCompile(`《\s*((?:19|20)\d{2})\s*年[^》。]{0,16}?政府工作报告\s*》`)

// namesReviewingReport reports whether a lead opens with the year of the
// work report it tells of (reportReviews): that year is the report's, not
// the one its figures are of.
func namesReviewingReport(lead string) bool {
	m := reportReviews.FindStringIndex(lead)
	return m != nil && m[0] < 8
}
