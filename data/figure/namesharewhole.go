package figure

import "strings"

// shareWhole is the indicator a share figure p is the share of — the
// words before 占 (第二产业增加值占GDP比重 gives 第二产业增加值) — and true;
// else p's name and false. 第二产业实现增加值280.5亿元，占GDP比重61.8%，
// 增加值增长6.8%: the 增加值 after the share is the one the share is of.
func shareWhole(p *Figure) (string, bool) {
	if p.Kind != Share {
		return p.Name, false
	}
	if k := strings.Index(p.Name, "占"); k > 0 {
		return p.Name[:k], true
	}
	return p.Name, false
}
