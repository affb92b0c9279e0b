package figure

import "testing"

// 计划开工 before the counted noun is part of it (projects planned to
// start), not what was done to the projects (the count had been named 计划,
// the amount after it 开工项目完成投资). From a city's project report
// (自贡) and a province's 1~8月 news (成渝).
func TestPlannedToStartProjects(t *testing.T) {
	const zigong = "(2)7个计划开工项目完成投资1.43亿元,自贡5G创新应用产业园等3个项目已开工,开工率42.9%。"
	checkFields(t, []fieldCase{
		{text: zigong, fig: "7个", name: "计划开工项目"},
		{text: zigong, fig: "1.43亿元", name: "计划开工项目完成投资"},
		{text: "其中,39个计划开工项目已开工22个、开工率56.4%。", fig: "39个", name: "计划开工项目"},
		{text: "全年实施22个新开工项目,完成投资50亿元。", fig: "22个", name: "新开工项目"},
	})
}
