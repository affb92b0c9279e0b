package figure

import "testing"

// 签约 before a count is what was done to the projects counted: its 约 is
// no "about" (the name had been the bare 项目, from 新签). Sentences from a
// city's signing news (天门) and county investment news.
func TestSignedCount(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "今年以来,全县新签约19个项目,总投资56亿元。", fig: "19个", name: "签约项目"},
		{text: "其中,集中签约的20个项目,计划总投资110.8亿元,涵盖装备制造、生物医药等领域。", fig: "20个", name: "签约项目"},
		{text: "全年节约资金1200万元。", fig: "1200万元", name: "节约资金"},
	})
}
