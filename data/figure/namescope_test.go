package figure

import "testing"

// Counts of a scope and of its part (a19 辽宁, k04 绍兴, and the 四川
// 前三季度 news: 全省41个大类行业中有37个增加值保持增长).
func TestNamesScopeCounts(t *testing.T) {
	const sichuan = "全省41个大类行业中有37个增加值保持增长。"
	checkFields(t, []fieldCase{
		{text: sichuan, fig: "41个", name: "大类行业"},
		{text: sichuan, fig: "37个", name: "增加值保持增长的大类行业"},
		{text: "在全省40个工业大类行业中,有26个行业增加值同比增长,增长面超过六成。", fig: "26个", name: "增加值增长的工业大类行业"},
		{text: "35个行业大类中,19个行业增加值保持正增长。", fig: "19个", name: "增加值保持正增长的行业大类"},
		// the part's words end where the next part begins (a 大兴安岭 county's work report)
		{text: "地对县10项考核指标中3项指标增速排名全区前三、2项指标增速位居全区第一。", fig: "3项", name: "增速排名全区前三的考核指标"},
	})
}
