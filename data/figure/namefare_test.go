package figure

import "testing"

// How an indicator fared (出口强劲, 增势强劲) ends the clause that names it
// and is no part of its name (a city's 上半年 trade news; 临泉's 上半年
// news).
func TestNamesWithoutFareJudgement(t *testing.T) {
	const trade = "我市对欧盟、香港出口强劲,同比分别增长23.7%和50.7%,分别高于全市整体增幅7.7和34.7个百分点。"
	checkFields(t, []fieldCase{
		{text: trade, fig: "23.7%", name: "欧盟出口"},
		{text: trade, fig: "50.7%", name: "香港出口"},
		{text: "工业投资增势强劲,同比增长81.9%。", fig: "81.9%", name: "工业投资"},
	})
}
