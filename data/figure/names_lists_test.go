package figure

import "testing"

// Names of the members of a listed subject (members.go), in sentences of
// the development set's slice k (绍兴 1-5月): each case fails without the
// rule its comment names.
func TestNamesListMembers(t *testing.T) {
	const k04 = "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%,增长贡献率达15.9%、21.2%、53.5%。"
	const haining = "主要行业中,规上电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、17.77亿元和67.07亿元,增长36.9%、24.5%和12.3%。"
	checkFields(t, []fieldCase{
		// a member that is an industry already (制造业) takes no industry
		// word from the last member (战略性新兴产业)
		{text: "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%。", fig: "15.9%", name: "数字经济核心产业制造业增加值"},
		{text: "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%。", fig: "12.9%", name: "高技术制造业增加值"},
		// one-character grades share the grade mark and all after it
		{text: "分规模看,大、中、小型企业增加值分别增长10.5%、11.2%和7.3%。", fig: "10.5%", name: "大型企业增加值"},
		{text: "分规模看,大、中、小型企业增加值分别增长10.5%、11.2%和7.3%。", fig: "11.2%", name: "中型企业增加值"},
		// one number more than the members at 、: the last splits at 和,
		// and a growth is named by what grows (g10, 青田)
		{text: "分行业看,农业、林业、蓄牧业和渔业增速分别为3.2%、4.6%、-4.6%和-0.6%。", fig: "3.2%", name: "农业"},
		{text: "分行业看,农业、林业、蓄牧业和渔业增速分别为3.2%、4.6%、-4.6%和-0.6%。", fig: "-0.6%", name: "渔业"},
		// as many numbers as members: 和 inside a member stays (b09)
		{text: "1-2月规上科学研究和技术服务业、互联网和相关服务业营业收入分别增长13.7%、20.1%。", fig: "20.1%", name: "互联网和相关服务业营业收入"},
		// a period after a place, before the subject (d11, d09)
		{text: "锦屏县前7月固定资产投资同比增长6倍多", fig: "6倍", name: "固定资产投资"},
		{text: "酒泉天水呈现你追我赶的局面,前三季度酒泉、天水GDP总量分别为465.7亿元、465.45亿元。", fig: "465.7亿元", name: "地区生产总值"},
		// the indicator after 分别 and its link verb is each member's
		// (海宁 上半年 analysis)
		{text: haining, fig: "17.77亿元", name: "金属制品业增加值"},
		{text: haining, fig: "67.07亿元", name: "纺织行业增加值"},
		{text: haining, fig: "24.5%", name: "金属制品业增加值"},
		// a second list in the sentence says an attribute of each member
		{text: k04, fig: "21.2%", name: "高技术制造业增长贡献率"},
		{text: k04, fig: "53.5%", name: "战略性新兴产业增长贡献率"},
	})
}
