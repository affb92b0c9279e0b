package figure

import "strings"

// planGroupStart is where the plan group holding the figure at pos opens:
// after the last of planGroupEnds before it. A group opening with 其中 is
// a part of the group before it (全市4月份集中开工项目共70个,总投资86.1亿元,
// 年度计划投资50亿元;其中市级重点项目18个,总投资61.4亿元,年度计划投资29.6
// 亿元): it opens where that group does, so that the month written there
// holds for the part too.
func (x *extractor) planGroupStart(pos int) int {
	from := max(0, pos-300)
	start := from + lastIndexAnyOf(x.s[from:pos], planGroupEnds) + 1
	if start <= from || !strings.HasPrefix(trimLeftSet(x.s[start:pos], " \u3000"), "其中") || x.s[start-1] == '\n' {
		return start
	}
	// the group before: up to the end before the one that closed it
	end := start - 1
	for end > from && x.s[end]&0xC0 == 0x80 {
		end-- // the closing mark's first byte
	}
	if k := lastIndexAnyOf(x.s[from:end], planGroupEnds); k >= 0 {
		return from + k + 1
	}
	return from
}
