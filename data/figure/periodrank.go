package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// baseValueWords open a base whose own value is written after 的: 由二季度
// 的第12位上升到第6位 (the rank moved from), 比上半年的5.2%.
var baseValueWords = []string{"由", "从", "较", "比", "高于", "低于", "快于", "慢于", "相比", "相较", "对比"}

// baseValuePeriod reads the period of a figure written right after a base
// period and 的 (before is the text up to the figure): the base's own
// value, of the base's period. ok is false when the figure is not so
// written.
func baseValuePeriod(before string) (string, bool) {
	c := compact(before)
	gap := suffixOf(c, baseRateGaps)
	if gap == "" {
		return "", false
	}
	return periodAfterBase(strings.TrimSuffix(c, gap), baseValueWords)
}

// baseRateGaps stand between a base period and its own value: 比上半年的
// 5.2%, and the rate named (增幅比1-4月增速12.3%涨幅仅0.3个百分点: 12.3% is
// the growth of 1-4月).
var baseRateGaps = []string{"的增速", "的增幅", "增速", "增幅", "的"}

// cumulativeRankWords name a ranking on statistics, which are reported for
// the year so far: 经济指标综合排名, 地区生产总值增速排名.
var cumulativeRankWords = []string{"指标", "生产总值", "GDP", "经济运行"}

// rankPeriod is the period of a rank whose period code was read from its
// sentence. Counties are ranked on the indicators of the year so far, so a
// quarter naming a ranking of indicators is cumulative: 三季度经济指标、项目
// 拉练综合排名全市第四 is the first three quarters', 由二季度的第12位 (in
// 经济指标综合排名中) the half year's. A quarter whose own figure is ranked
// (三季度增长5.2%，居全市第二) stays the quarter, and so does the
// evaluation of a quarter's campaign (三季度“…”活动综合评比排名全市第二).
func (x *extractor) rankPeriod(pos, ss int, code string) string {
	span, ok := accountedQuarters[code]
	if !ok || !containsAny(x.s[ss:pos], cumulativeRankWords) {
		return code
	}
	name := corpus.PeriodName(code)
	k := strings.LastIndex(x.s[ss:pos], name)
	if k < 0 || strings.HasSuffix(x.s[ss:ss+k], "前") {
		return code
	}
	for j := x.qAfter(ss + k + len(name)); j < len(x.qs) && x.qs[j].Start < pos; j++ {
		if !rankOrDate(x.qs[j]) {
			return code
		}
	}
	return span
}

// rankOrDate reports whether q, written between a quarter and a rank, leaves
// the rank the ranking's: a date, or the ranking's own rank the move after it
// starts from (三季度，全县地区生产总值增速居全市第3位，较二季度前移2位: the
// move is of the same cumulative ranking as 第3位).
func rankOrDate(q quantity.Quantity) bool {
	return q.Kind == quantity.Date || q.Kind == quantity.Rank || q.Unit == "位"
}
