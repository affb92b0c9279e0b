package corpus

import (
	"bytes"
	"regexp"
	"strconv"
)

// A speech reprinted without its dateline (news of a work report: 今天上午…
// 作《政府工作报告》) still says when it is given: the year whose work it plans
// (对于2018年工作, 2015年政府工作的总体要求, 2014年…主要预期目标), or the
// year after the one it looks back on (回顾了2017年工作, 2013年工作回顾).
var (
	speechAhead = regexp.MustCompile(`(?:对于|关于)?((?:19|20)\d{2})\s*年(?:[^。，,；;:：]{0,14}?)(?:主要预期目标|预期目标|工作的总体要求|工作总体要求|工作安排|重点工作)|对于\s*((?:19|20)\d{2})\s*年`)
	speechBack  = regexp.MustCompile(`回顾(?:了)?\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年(?:度)?\s*(?:工作)?回顾`)
)

// speechYear is the year a speech is given as its text says it, or 0.
func speechYear(a *Article) int {
	s := string(a.Raw)
	if m := speechAhead.FindStringSubmatch(s); m != nil {
		return atoiFirst(m[1:])
	}
	if m := speechBack.FindStringSubmatch(s); m != nil {
		if y := atoiFirst(m[1:]); y != 0 {
			return y + 1
		}
	}
	if m := reportReviews.FindStringSubmatch(s); m != nil {
		return atoiFirst(m[1:])
	}
	if m := reportNamed.FindStringSubmatch(s); m != nil {
		return atoiFirst(m[1:])
	}
	return 0
}

// atoiFirst is the first non-empty group as a number.
func atoiFirst(groups []string) int {
	for _, g := range groups {
		if g != "" {
			n, _ := strconv.Atoi(g)
			return n
		}
	}
	return 0
}

// workReportReach is how far into a text, in bytes, news of a work report
// names it: the lead says who gave it (县长…作政府工作报告).
const workReportReach = 900

// mentionsWorkReport reports whether the text's lead tells of a work
// report being given: news of a session (县十八届人大二次会议开幕) whose
// figures are the report's, undated like the speech it quotes.
func mentionsWorkReport(a *Article) bool {
	head := a.Raw[:min(len(a.Raw), workReportReach)]
	return bytes.Contains(head, []byte("政府工作报告"))
}
