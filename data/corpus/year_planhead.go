package corpus

import (
	"regexp"
	"strconv"
	"unicode/utf8"
)

// planHead is the name of a year's plan: 2023年工作要点, 2024年度工作计划,
// 2023年工作思路.
var planHead = regexp.MustCompile(`((?:19|20)\d{2})\s*年度?\s*(?:工作)?(?:要点|计划|安排|思路)`)

// planHeadReach is how many characters open a text whose title the page
// ran into its first paragraph.
const planHeadReach = 40

// planHeadYear is the year of a plan whose name opens the text when the
// page has no title line of its own: 1、乡镇2023年工作要点 2023年是… (i07, a
// copy that runs the title into the body) — its targets and tasks are that
// year's. 0 when the opening names no plan.
func planHeadYear(a *Article) int {
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || isFurniture(p.Text) {
			continue
		}
		head := p.Text
		if n := utf8.RuneCountInString(head); n > planHeadReach {
			head = string([]rune(head)[:planHeadReach])
		}
		if m := planHead.FindStringSubmatch(head); m != nil && !isBase(head[:planHead.FindStringIndex(head)[0]]) {
			y, _ := strconv.Atoi(m[1])
			return y
		}
		return 0
	}
	return 0
}
