package corpus

import (
	"strings"
	"unicode/utf8"
)

// halfYearReports follow 半年 in the title of a review of the first half
// of a year written without 上: 镇2016年半年工作总结, 2023年半年工作报告.
// Only a report's own words count, so that 近半年, 每半年 or a 半年 in a
// headline's prose is not taken for a half of the year.
var halfYearReports = []string{"工作总结", "工作报告", "工作汇报", "工作情况", "总结", "度工作总结", "度总结", "经济运行"}

// notHalfYear before 半年 make it some other half-year: 上半年 and 下半年
// are periods Periods reads already, 近半年 and 前半年 count back from a
// date, 每半年 is a frequency, 多半年 and 一半年 an amount of time.
var notHalfYear = []string{"上", "下", "近", "每", "前", "后", "多", "一", "两", "个"}

// halfYearTitle is H1 for a title that names a half-year report
// (XX镇2024年半年工作总结): the half a year's review in July covers is the
// first; "" otherwise.
func halfYearTitle(title string) string {
	t := unspaced(title)
	for from := 0; ; {
		i := strings.Index(t[from:], "半年")
		if i < 0 {
			return ""
		}
		i += from
		from = i + len("半年")
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		if i > 0 && hasPrefixAny(string(before), notHalfYear) {
			continue
		}
		if hasPrefixAny(t[from:], halfYearReports) {
			return "H1"
		}
	}
}
