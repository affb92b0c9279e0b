package figure

import "strings"

// subListReach is how far back, in bytes, a list of projects may stand
// for a later count to be a part of it: one paragraph of a progress
// report.
const subListReach = 1200

// subListOf reports whether count figure f, given a period, is a part of
// a list of projects the text gave before without one: 2022年,我县安排重点
// 建设项目72宗…。1至5月,累计完成投资88.4亿元…(省、市重点建设项目29宗,完
// 成投资69.9亿元…;县重点建设项目43宗…) — the 29 and 43 are the year's list
// split by level, not what the five months did, though their investment
// is. The earlier count must be larger and name the same kind of project
// (the last four characters before both, ending in 项目).
func (x *extractor) subListOf(f Figure) bool {
	if f.Kind != Count || f.Period == "" {
		return false
	}
	tail := x.projectsBefore(f.Start)
	if tail == "" || containsAny(x.s[clauseStart(x.s, max(0, f.Start-30), f.Start):f.Start], subListActions) {
		return false // 1-5月已开工重点项目60个: what the months did to the list
	}
	for k := len(x.out) - 1; k >= 0; k-- {
		g := x.out[k]
		if g.Start < f.Start-subListReach {
			return false
		}
		if g.Kind == Count && g.Period == "" && !g.Derived && g.Unit == f.Unit && g.Value > f.Value && x.projectsBefore(g.Start) == tail {
			return true
		}
	}
	return false
}

// subListActions name what was done to projects in a period: a count of
// projects so done is the period's, not a part of the year's list.
var subListActions = []string{"开工", "竣工", "投产", "签约", "新增", "完成", "建成", "落地", "引进", "入库", "开复工", "复工", "实施"}

// projectsBefore is the kind of project a count at pos counts, as the
// last four characters of the words right before it (重点建设项目29宗:
// 建设项目), or "" when no 项目 stands right before it.
func (x *extractor) projectsBefore(pos int) string {
	before := compact(x.s[runeStart(x.s, max(0, pos-30)):pos])
	if !strings.HasSuffix(before, "项目") {
		return ""
	}
	return lastRunes(before, 4)
}
