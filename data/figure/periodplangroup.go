package figure

import (
	"sort"
	"strings"
)

// planGroupWords end the group of figures a progress report of key
// projects gives for the year's list before what the months did: 全县重点
// 项目50个,总投资178.7亿元,年度投资计划17.68亿元,1-5月完成投资4.28亿元 —
// the 50 projects and their 178.7亿元 are the year's list, not the five
// months'.
var planGroupWords = []string{"年度计划投资", "年度投资计划", "年计划投资", "全年计划投资", "年度计划完成投资", "计划投资"}

// planGroupEnds close such a group: a semicolon, a colon (其中:在建项目185
// 项,…), the sentence.
const planGroupEnds = "；;：:。\n"

// inYearPlanGroup reports whether the figure at pos stands in a group of
// the year's plan: one of planGroupWords follows it before the group ends,
// and no period is written in the group before that word.
func (x *extractor) inYearPlanGroup(pos int) bool {
	rest := x.s[pos:min(len(x.s), pos+300)]
	if index(rest, "计划") < 0 { // by its last byte: strings.Contains stops at every 计-like lead byte
		return false // every one of planGroupWords holds it: most figures stop here
	}
	if e := indexAnyOf(rest, planGroupEnds); e >= 0 {
		rest = rest[:e]
	}
	k := -1
	for _, w := range planGroupWords {
		if i := planValueAt(rest, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	start := x.planGroupStart(pos)
	x.ensurePeriods()
	i := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].End > start })
	return i == len(x.periods) || x.periods[i].Start >= pos+k
}

// planShareLeads before a plan word, or 的 after it, make it the whole a
// share is of (完成年度投资计划的16.4%, 占年度计划的47.2%), not the plan's
// own value the year's list gives (年度投资计划17.68亿元): the figures
// before it are what the months did.
var planShareLeads = []string{"完成", "占", "为", "达到", "达"}

// planValueAt is where w first stands in rest as the plan's own value, or
// -1.
func planValueAt(rest, w string) int {
	for from := 0; ; {
		i := strings.Index(rest[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if !hasSuffixAny(rest[:i], planShareLeads) && !strings.HasPrefix(rest[i+len(w):], "的") {
			return i
		}
		from = i + len(w)
	}
}
