package figure

import "testing"

// A rank the place itself holds inside a frame a sentence opens (房县 前三季度
// news: 在16个县市区(含其他县市区比拼对象)经济指标综合排名中，我县由二季度的第12位
// 上升到第6位) is named by the ranking, not by 我县 or the scope; a rank
// with its own indicator keeps it.
func TestRankInFrame(t *testing.T) {
	const fangxian = "前三季度主要指标增速全面赶超,在16个县市区(含其他县市区比拼对象)经济指标综合排名中,我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县。"
	checkFields(t, []fieldCase{
		{text: fangxian, fig: "第12位", name: "经济指标综合排名", kind: Rank},
		{text: fangxian, fig: "第6位", name: "经济指标综合排名", kind: Rank},
		{text: "在全省16个县市区综合排名中,我县位居第8位。", fig: "第8位", name: "综合排名", kind: Rank},
		{text: "在全省县域经济排名中,我县地区生产总值增速居第3位。", fig: "第3位", name: "地区生产总值增速", kind: Rank},
	})
}
