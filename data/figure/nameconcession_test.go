package figure

import "testing"

// A concessive (虽然, 虽, 尽管) is no part of a name: the subject is written
// before it, or after it when it opens the clause; a percentage in brackets
// after a growth verb is that growth.
func TestNamesConcession(t *testing.T) {
	// 广州 1-8月 analysis (slice l, l05)
	const gz = "1-8月,全市完成固定资产投资2870.48亿元,同比增长12.3%,增速比1-7月(14.1%)回落1.8个百分点,主要受建设改造投资、民间投资拉动减弱影响,建设改造投资仅增长4.6%,增速比1-7月(11.0%)回落6.4个百分点;民间投资虽然保持快速增长(37.8%),但增速比1-7月回落4.9个百分点。"
	// the same shape after a sentence of its own: no bracketed growth before
	// to tell the kind by, and the points must not go back to 固定资产投资
	const own = "1-8月,全市完成固定资产投资2870.48亿元,同比增长12.3%。民间投资虽然保持快速增长(27.8%),但增速比1-7月回落3.9个百分点。"
	checkFields(t, []fieldCase{
		{text: gz, fig: "37.8%", name: "民间投资", kind: Growth},
		{text: gz, fig: "4.9个百分点", name: "民间投资增速", kind: PPChange},
		{text: own, fig: "27.8%", name: "民间投资", kind: Growth},
		{text: own, fig: "3.9个百分点", name: "民间投资增速", kind: PPChange},
		{text: "工业投资保持快速增长(15.3%),增速比上年提高2.1个百分点。", fig: "15.3%", name: "工业投资", kind: Growth},
		{text: "工业投资保持快速增长(15.3%),增速比上年提高2.1个百分点。", fig: "2.1个百分点", name: "工业投资增速", kind: PPChange},
		{text: "虽然农业增加值仅增长2.1%,但粮食产量再创新高。", fig: "2.1%", name: "农业增加值", kind: Growth},
		{text: "出口总额虽较上年下降3.5%,但仍居全省第二。", fig: "3.5%", name: "出口总额", kind: Growth},
		{text: "出口总额虽较上年下降3.5%,但仍居全省第二。", fig: "第二", name: "出口总额"},
	})
}
