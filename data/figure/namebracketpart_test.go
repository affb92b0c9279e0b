package figure

import "testing"

// A bracket opened right after a count lists parts of it, each named by the
// words inside (county bulletins' health and education sections: 环县 2011,
// 牟定县 2022 probes; 西安高新区 t09); a bracket after a name specifies the name.
func TestBracketPart(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "卫生系统共核定编制616个，现有职工689人（正式职工607人，招聘人员82人），其中：卫生技术人员578人。", fig: "607人", name: "正式职工"},
		{text: "卫生系统共核定编制616个，现有职工689人（正式职工607人，招聘人员82人），其中：卫生技术人员578人。", fig: "82人", name: "招聘人员"},
		{text: "数据显示，今年，西安高新区实施重点在建项目494个。其中，产业项目157个(百亿级项目5个)、投资占比超过40%。", fig: "5个", name: "百亿级项目"},
		{text: "全县户籍人口50万人（男性26万人，女性24万人）。", fig: "26万人", name: "男性户籍人口"},
		// 折含P2O5 specifies the ore, the growth is the ore's
		{text: "从主要工业产品产量看，发电量同比增长49%，啤酒增长150.0%，磷矿石(折含P2O5 30%)增长33.7%。", fig: "33.7%", name: "磷矿石产量"},
	})
}

// A part named only by its owner counts the things of the count before it.
func TestOwnerPart(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "截至2022年9月30日，全县有基础教育学校104所，其中：小学29所，初中6所，完全中学1所，幼儿园68所(民办12所)。", fig: "12所", name: "民办幼儿园"},
		{text: "全县共有医院12家，其中民营5家。", fig: "5家", name: "民营医院"},
	})
}
