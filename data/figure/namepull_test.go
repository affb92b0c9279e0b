package figure

import "testing"

// How much each industry pulled growth, in the three ways county bulletins
// write it (巴林右旗 2022, 云和 2022): after a list of contributions, each
// pull is its member's; a group word's members each pulled; 对…的拉动贡献
// is the pull, and so is 对…拉动力 with the 的 left out (临汾 2010).
func TestNamesIndustryPulls(t *testing.T) {
	const balin = "三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%,分别拉动经济增长0.9、-0.6和1.4个百分点。"
	const yunhe = "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。"
	// 临汾 2010: 的 left out, each place's pull
	const linfen = "上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)和侯马市(0.5%),对全市GDP拉动力分别为6.0、4.3和0.1个百分点。"
	checkFields(t, []fieldCase{
		{text: balin, fig: "54.1%", name: "第一产业对经济增长的贡献率"},
		{text: balin, fig: "0.9", name: "第一产业拉动经济增长"},
		{text: balin, fig: "-0.6", name: "第二产业拉动经济增长"},
		{text: balin, fig: "1.4个百分点", name: "第三产业拉动经济增长"},
		{text: "第一、二、三产业分别拉动经济增长0.9、-0.6和1.4个百分点。", fig: "-0.6", name: "第二产业拉动经济"},
		{text: yunhe, fig: "0.15", name: "第一产业拉动经济"},
		{text: yunhe, fig: "1.34个百分点", name: "第三产业拉动经济"},
		{text: linfen, fig: "6.0", name: "拉动全市GDP"},
		{text: linfen, fig: "0.1个百分点", name: "拉动全市GDP"},
	})
}
