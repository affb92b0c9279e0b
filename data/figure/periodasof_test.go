package figure

import "testing"

// 至10月底 opens its clause as 截至10月底 does: the months to date hold for
// the sentences of the paragraph after it, not its own sentence only (p06).
func TestAsOfShortOpensClause(t *testing.T) {
	const news = "今年以来,该县聚力招商引资,经济持续较快增长。至10月底,全县完成财政收入4.91亿元,新开工建设项目36个。招商引资新签项目41个,到位资金50.2亿元。\n"
	checkYears(t, []yearCase{
		{news, "4.91亿元", 0, "M10E"},
		{news, "41个", 0, "M10E"},
		{news, "50.2亿元", 0, "M10E"},
	})
}
