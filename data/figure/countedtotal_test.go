package figure

import "testing"

// A total written between a count's noun and the next number (42个项目总投资
// 381.6亿元) names that number, not what is counted (the count had been
// named 项目总投资, and 开工项目总投资). From a city's signing-and-start news
// (天门) and a development zone's news (s05).
func TestCountBeforeTotal(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "集中开工的19个项目总投资86.53亿元,包括沿江高铁天门段。", fig: "19个", name: "开工项目"},
		{text: "集中开工的19个项目总投资86.53亿元,包括沿江高铁天门段。", fig: "86.53亿元", name: "项目总投资"},
		{text: "全区42个项目总投资381.6亿元。", fig: "42个", name: "项目"},
	})
}
