package figure

import "strings"

// memberMarks list the figures of a list's members in order: 分别增长8.1%、
// 13.8%.
const memberMarks = "分别"

// pastOtherMember steps back from period k, written at the head of a member
// of a list of subjects (规上工业增加值、1-2月规上服务业营业收入分别增长
// 8.1%、13.8%, b09), when the figure at pos is another member's: 8.1% is
// the first member's, of the period before (the release's 一季度), and so
// is 1.6个 of 分别高于全国1.6个、5.6个百分点. k is returned when the period
// opens a clause, when no 分别 list follows it or when the figure is its
// member's; never below 0.
func (x *extractor) pastOtherMember(k, ss, pos int) int {
	p := x.periods[k]
	if k == 0 || p.Start < ss || !strings.HasSuffix(strings.TrimRight(x.s[ss:p.Start], " "), "、") {
		return k
	}
	cs := clauseStart(x.s, ss, p.Start)
	member := strings.Count(x.s[cs:p.Start], "、")
	f := strings.LastIndex(x.s[p.End:pos], memberMarks)
	if f < 0 {
		return k
	}
	if strings.Count(x.s[p.End+f:pos], "、") == member {
		return k
	}
	return k - 1
}
