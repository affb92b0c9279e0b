package figure

import "testing"

// Names of the members of a listed subject (members.go), in sentences of
// the development set's slice k (绍兴 1-5月): each case fails without the
// rule its comment names.
func TestNamesListMembers(t *testing.T) {
	const k04 = "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%,增长贡献率达15.9%、21.2%、53.5%。"
	checkFields(t, []fieldCase{
		// a member that is an industry already (制造业) takes no industry
		// word from the last member (战略性新兴产业)
		{text: "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%。", fig: "15.9%", name: "数字经济核心产业制造业增加值"},
		{text: "新兴产业保持较快增长,数字经济核心产业制造业、高技术制造业、战略性新兴产业增加值分别增长15.9%、12.9%、11.5%。", fig: "12.9%", name: "高技术制造业增加值"},
		// one-character grades share the grade mark and all after it
		{text: "分规模看,大、中、小型企业增加值分别增长10.5%、11.2%和7.3%。", fig: "10.5%", name: "大型企业增加值"},
		{text: "分规模看,大、中、小型企业增加值分别增长10.5%、11.2%和7.3%。", fig: "11.2%", name: "中型企业增加值"},
		// a second list in the sentence says an attribute of each member
		{text: k04, fig: "21.2%", name: "高技术制造业增长贡献率"},
		{text: k04, fig: "53.5%", name: "战略性新兴产业增长贡献率"},
	})
}
