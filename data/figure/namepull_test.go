package figure

import "testing"

// How much each industry pulled growth, in the three ways county bulletins
// write it (巴林右旗 2022, 云和 2022): after a list of contributions, each
// pull is its member's; a group word's members each pulled; 对…的拉动贡献
// is the pull.
func TestNamesIndustryPulls(t *testing.T) {
	const balin = "三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%,分别拉动经济增长0.9、-0.6和1.4个百分点。"
	const yunhe = "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。"
	checkFields(t, []fieldCase{
		{text: balin, fig: "54.1%", name: "第一产业对经济增长的贡献率"},
		{text: balin, fig: "0.9", name: "第一产业拉动经济增长"},
		{text: balin, fig: "-0.6", name: "第二产业拉动经济增长"},
		{text: balin, fig: "1.4个百分点", name: "第三产业拉动经济增长"},
		{text: "第一、二、三产业分别拉动经济增长0.9、-0.6和1.4个百分点。", fig: "-0.6", name: "第二产业拉动经济"},
		{text: yunhe, fig: "0.15", name: "第一产业拉动经济"},
		{text: yunhe, fig: "1.34个百分点", name: "第三产业拉动经济"},
	})
}
