package figure

import (
	"strconv"
	"strings"
)

// executionReports are the words of the title of a report on how a year's
// plan or budget was carried out (关于某县2024年国民经济和社会发展计划执行情况
// 与2025年计划草案的报告, 关于2024年财政预算执行和2025年预算安排的报告).
var executionReports = []string{"计划执行", "预算执行"}

// executionYear is the year 今年 counts from in the part of a plan's
// execution report headed with the year executed (一、2024年计划执行情况):
// the part is written in that year (今年以来，全县…预计全年…), though the
// page is dated by its publication the January after (发布时间:2025-01-20).
// 0 elsewhere, and where the date already is that year.
func (x *extractor) executionYear(pos, base int) int {
	if !containsAny(x.a.Title, executionReports) {
		return 0
	}
	if y := x.a.SectionYear(pos); y == base-1 && strings.Contains(x.a.Title, strconv.Itoa(y)+"年") {
		return y
	}
	return 0
}

// plannedYear is the year 明年 means in a plan's execution report whose
// title names the year executed and the year planned, base-1 and base
// (关于2024年…计划执行情况与2025年计划草案的报告) while base is its date: the
// report is written in the year executed, so its 明年 is the year it
// plans, not the year after its date. 0 elsewhere.
func (x *extractor) plannedYear(base int) int {
	t := x.a.Title
	if !containsAny(t, executionReports) || !strings.Contains(t, strconv.Itoa(base-1)+"年") || !strings.Contains(t, strconv.Itoa(base)+"年") {
		return 0
	}
	return base
}
