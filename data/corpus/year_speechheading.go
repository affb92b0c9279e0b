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
	if y == 0 || !containsAny(text, speechHeadingWords) || strings.Contains(text, "回顾") {
		return 0
	}
	return y - 1
}
