package figure

import "testing"

// A quarter naming a ranking of indicators is the year so far (c18); the
// rank a place moved from (由二季度的第12位) is the base's, and the rank it
// moved to is not; a quarter's campaign evaluated is the quarter (i10).
func TestRankPeriods(t *testing.T) {
	const fangxian = "本报讯 (记者吴宏强通讯员秦家林) 前三季度,全县上下紧紧围绕“一城两基地三中心”发展定位,全面贯彻新发展理念,落实高质量发展要求,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,比拼赶超势头强劲,主要指标持续增长,经济社会发展呈现出稳中有进,稳中向好。\n" +
		"元至九月,全县完成生产总值56.7亿,增长7.5%。主要经济指标中,工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一,三季度经济指标、项目拉练综合排名全市第四,位居郧阳区、丹江口市、茅箭区之后。\n" +
		"前三季度全县主要经济发展指标与比拼对象保康县比,规上工业增加值、地方一般公共预算收入、固定资产投资等主要指标增速全面赶超,在16个县市区(含其他县市区比拼对象)经济指标综合排名中,我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县,赶超势头强劲。\n"
	const hunan = "一、2023年工作回顾\n1.全力以赴拼经济,县域经济强劲复苏。有效投资加速增长。1个省级、18个市级重点项目分别完成投资8.96亿元、31.55亿元。民间投资、产业投资占比分别达到73.7%、63.3%。三季度“贯彻二十大 锚定新目标 奋力闯创干”活动综合评比排名全市第二。\n"
	checkYears(t, []yearCase{
		{fangxian, "第一", 0, "Q1-Q3"},
		{fangxian, "第四", 0, "Q1-Q3"},
		{fangxian, "第12位", 0, "H1"},
		{fangxian, "第6位", 0, "Q1-Q3"},
		{hunan, "第二", 2023, "Q3"},
	})
}
