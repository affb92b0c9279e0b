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

// A count right after a list of members counts them (k01, 嵩明): named by
// what is said of them and the noun they are.
func TestNamesListCount(t *testing.T) {
	const k01 = "全县排前七行业中,汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%;农副食品加工业、酒饮料和精制茶制造业、金属制品业、化学原料和化学制品制造业四个行业增幅回落,分别下降4.2%、10.5%、25.8%、30.6%。"
	checkFields(t, []fieldCase{
		{text: k01, fig: "三个", name: "增加值增势较好的行业"},
		{text: k01, fig: "四个", name: "增幅回落的行业"},
	})
}
