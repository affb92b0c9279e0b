package corpus

// namedMonthSpans are the spans not from January that have a name of their
// own: 7-9月 is the third quarter whether a text writes 三季度 or 7-9月份
// (市南区7-9月份接待国内外游客862.25万人次), 4-6月 the second, 7-12月 the
// second half. As with cumulativeMonths, one period must have one code for
// figures to line up by period.
var namedMonthSpans = map[[2]int]string{{4, 6}: "Q2", {7, 9}: "Q3", {10, 12}: "Q4", {7, 12}: "H2"}
