package figure

import "testing"

// A count of the bare 项目 is named by the stage it reached even when an
// adverb stands between (it had been the bare 项目): a manner adverb is
// dropped, as 6个项目竣工投产 is 竣工投产项目; 集中 stays. A counted noun
// of its own (重点项目) keeps its name. Sentences from a district's work
// report (龙子湖区 2022) and a city's news of a groundbreaking (2022).
func TestProjectStageAfterAdverb(t *testing.T) {
	const report = "smt贴片、高新电子产业园等59个产业类和基建类项目落地开工,威迪智能玻璃、中微微元等12个项目顺利投产。"
	const news = "10月8日,市举行2022年第四季度项目集中开工活动。此次共有98个项目集中开工,总投资120.14亿元。"
	checkFields(t, []fieldCase{
		{text: report, fig: "12个", name: "投产项目"},
		{text: news, fig: "98个", name: "集中开工项目"},
		{text: "全区6个项目相继竣工。", fig: "6个", name: "竣工项目"},
		{text: "全区6个项目竣工投产。", fig: "6个", name: "竣工投产项目"},
		{text: "总投资34.02亿元的10个重点项目集中开工,涵盖基础设施。", fig: "10个", name: "重点项目"},
	})
}
