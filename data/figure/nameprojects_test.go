package figure

import "testing"

// Project news (a city's 集中开工 notice; 高港区's 1-3月 projects): a count
// followed by (其中…) has no scope 其; an attribute written after a list
// joiner (和总投资13亿元的…) is the next member's, not part of this one's
// name; an adverb (集中, 陆续) opens what was done to the counted things.
func TestNamesProjectNews(t *testing.T) {
	const pair = "分别是总投资10.6亿元的龙凤堂物流基地项目和总投资13亿元的凤栖湖景观区项目。"
	checkFields(t, []fieldCase{
		{text: "本年度计划开工项目255项(其中1-10月份计划新开工223项),目前实际已开工206项。", fig: "255项", name: "本年度计划开工项目"},
		{text: pair, fig: "10.6亿元", name: "龙凤堂物流基地项目总投资"},
		{text: pair, fig: "13亿元", name: "凤栖湖景观区项目总投资"},
		{text: "此次共有98个项目集中开工,总投资120.14亿元。", fig: "98个", name: "集中开工项目"}, // the stage past the adverb (namestageadverb.go)
		// 及 inside a word is no joiner
		{text: "打击非法金融活动7起,涉及金额537万元。", fig: "537万元", name: "涉及金额"},
	})
}
