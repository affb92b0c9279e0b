package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// statedYearReach is how far before a target's sentence a year's
// statement (2025年是“十四五”规划的收官之年) is looked for: the paragraph or
// two that open the plan part of a report or of its news.
const statedYearReach = 900

// statedPlanYear is the year a report states before the targets it sets
// (2025年是…收官之年。新的一年，…主要预期目标是：地区生产总值增长5.6%以上):
// the year the statement is of is the year planned, whatever the year a
// title or a review gives the article. 0 when no such statement comes
// before ss with no figure between (a review's 2024年是…之年 is followed
// by that year's figures before any target).
func (x *extractor) statedPlanYear(ss int) int {
	from := max(0, ss-statedYearReach)
	for j := x.qAfter(ss) - 1; j >= 0 && x.qs[j].Start >= from; j-- {
		q := x.qs[j]
		switch q.Kind {
		case quantity.Date:
			if q.Unit != "年" {
				continue
			}
			if strings.HasPrefix(strings.TrimLeft(x.s[q.End:], " "), "是") {
				return int(q.Value)
			}
			return 0 // the nearest year is some other year's mention
		case quantity.Time, quantity.Ordinal, quantity.Duration:
			continue // 第十九届, 新的一年: no figure of the review
		default:
			return 0 // a figure between: the statement opened a review
		}
	}
	return 0
}
