package figure

import "testing"

// A share's change against two periods (占比分别比一季度和上年同期提高0.5和
// 1.2个百分点, as quarterly analyses write it) is the share's, not a
// phrase read over the list's next number (和百分点占比).
func TestNamesShareChangeList(t *testing.T) {
	const hightech = "高技术制造业增加值占规上工业比重为15.2%,占比分别比一季度和上年同期提高0.5和1.2个百分点。"
	const equip = "装备制造业增加值增长12.1%,占规上工业的比重为35.2%,比重分别较一季度和上年同期提高1.1和2.0个百分点。"
	checkFields(t, []fieldCase{
		{text: hightech, fig: "0.5", name: "高技术制造业增加值占规上工业比重"},
		{text: hightech, fig: "1.2个百分点", name: "高技术制造业增加值占规上工业比重"},
		{text: equip, fig: "1.1", name: "装备制造业增加值占规上工业比重"},
		// words after a number still name a bare attribute (投资1700万元改造2所敬老院)
		{text: "投资1700万元改造敬老院。", fig: "1700万元", name: "改造敬老院投资"},
	})
}
