package figure

import "testing"

// A 分别 list after a semicolon names its members itself, not the figures
// before the semicolon (甘肃 一季度 news: …居全国第8位；进口、出口双向发力，分别增长
// 50.7%、45%).
func TestMembersNotPastSemicolon(t *testing.T) {
	const gansu = "其中,第一产业增加值增速达6.6%,比全国高3.1个百分点;固定资产投资增速9.9%,比去年全年加快6.7个百分点,居全国第8位;进口、出口双向发力,分别增长50.7%、45%,增速均居全国第2位。"
	checkFields(t, []fieldCase{
		{text: gansu, fig: "50.7%", name: "进口", kind: Growth},
		{text: gansu, fig: "45%", name: "出口", kind: Growth},
		{text: gansu, fig: "6.7个百分点", name: "固定资产投资增速", kind: PPChange},
	})
}
