package figure

import "testing"

// TestYearOfAMeetingCount: the delegates of a people's congress are counted
// on the day it sits: the news of a meeting dated 2024 counts them in
// 2024, not in 2023 the report reviews (宝丰), and a meeting dated 3月2日
// with no year gives them no year (镇安, o05), while the review's figures
// keep the review year.
func TestYearOfAMeetingCount(t *testing.T) {
	const baofeng = "县十六届人大四次会议开幕\n刊发日期:2024-01-22 作者:  语音阅读:\n\n" +
		"   1月21日上午,宝丰县第十六届人民代表大会第四次会议在演艺中心开幕。\n\n  会议应到代表224名,实到代表201名,符合法定人数。\n\n" +
		"  在热烈的掌声中,县长刘海亮代表县人民政府向大会作工作报告。报告共分三个部分:一、2023年工作回顾。二、2024年政府工作总体思路和奋斗目标。三、2024年重点工作安排。\n\n" +
		"  刘海亮在报告中指出,一年来,我们承压前行,推动了全县经济社会高质量发展。全县地区生产总值预计完成399.7亿元、增长3%,固定资产投资增长3.5%。\n"
	const zhenan = "第十七届人民代表大会第六次会议在县城东关剧院隆重开幕\n3月2日上午,镇安县第十七届人民代表大会第六次会议在县城东关剧院隆重开幕。来自全县各地各行各业的160多名代表与会。\n" +
		"县长贾建刚向大会作政府工作报告。在回顾2015年和“十二五”工作时,贾建刚说:2015年,面临最复杂的发展环境、最严峻的下行压力,我们迎难而上、奋力拼搏。全年实现生产总值83.91亿元、增长10.8%。\n"
	const npc = "十四届全国人大二次会议在京开幕\n\n第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。\n\n" +
		"十四届全国人大二次会议应出席代表2956人。5日上午的会议,出席2872人,缺席84人,出席人数符合法定人数。\n\n" +
		"根据会议议程,国务院总理李强代表国务院向大会作政府工作报告。报告共分三个部分:一、2023年工作回顾;二、2024年经济社会发展总体要求和政策取向;三、2024年政府工作任务。\n"
	checkYears(t, []yearCase{
		{npc, "2956人", 0, ""},
		{npc, "84人", 0, ""},
		{baofeng, "224名", 2024, ""},
		{baofeng, "201名", 2024, ""},
		{baofeng, "399.7亿元", 2023, ""},
		{zhenan, "160多名", 0, ""},
		{zhenan, "83.91亿元", 2015, ""},
	})
}
