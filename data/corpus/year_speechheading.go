package corpus

import "strings"

// speechHeadingWords make a heading the title of a work report: a page
// that stores the report's 目录 first (一、2024年工作回顾 / 二、2025年目标任务…)
// sets the report's own title, 2025年湟源县政府工作报告, as a heading after
// it.
var speechHeadingWords = []string{"政府工作报告", "人民政府工作报告"}

// speechHeadingYear is the year a heading that is a work report's title
// (2025年湟源县政府工作报告) leaves to what follows it: the report is given
// in its title's year and reviews the year before, as a speech's title
// year does (reviewYear); 0 when the heading is no such title. Without it
// the 目录 line above (二、2025年目标任务) dated the review that follows.
func speechHeadingYear(text string, y int) int {
	if y == 0 || !endsWithTitle(text) {
		return 0
	}
	return y - 1
}

// titleTails may follow a report's name at the end of its title line.
var titleTails = []string{"(全文)", "（全文）", "全文", "(征求意见稿)", "（征求意见稿）"}

// endsWithTitle reports whether a heading ends with a work report's name,
// as its title does: not a heading about the report (2024年政府工作报告解
// 读, …报告回顾), whose figures may be the year ahead's targets.
func endsWithTitle(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), "。.：:")
	for _, w := range titleTails {
		t = strings.TrimSuffix(t, w)
	}
	for _, w := range speechHeadingWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
