package corpus

import "strings"

// annualBulletinWords name a year's statistical bulletin in a title:
// XX县国民经济和社会发展统计公报, 统计公报.
var annualBulletinWords = []string{"统计公报"}

// bulletinYear is the year an annual statistical bulletin reports when
// only its page date tells: the year before the date, whatever its month.
// A year's bulletin comes out once the year is over, and a county's often
// not before May or June (发布日期:2020-06-15 above 全年实现地区生产总值…
// reports 2019), where a date alone would be read as the year it is in.
// 0 when the title names no annual bulletin, or names a part of the year
// (2023年1-6月…: Period tells), or the date is unknown.
func bulletinYear(a *Article, title string) int {
	if a.Date.Year == 0 || a.Period != "" || !containsAny(unspaced(title), annualBulletinWords) || strings.Contains(title, "普查") {
		return 0
	}
	return a.Date.Year - 1
}

// yearFromDate is the year a report describes when only its date tells,
// and the date's year as YearOf reads it (0 when the date is not all that
// told it).
func yearFromDate(a *Article, title string) (year, dateYear int) {
	if y := bulletinYear(a, title); y != 0 {
		return y, 0 // 统计公报 dated 2020-06-15 reports 2019, whatever part of the year a figure covers
	}
	y := yearOfDate(a.Date, a.Period)
	return y, y
}
