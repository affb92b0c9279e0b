package figure

import "testing"

// Project figures (鄂尔多斯's 高端化项目 notice, 常州's 新增长点 projects,
// 安庆's signed projects): a total after a bracketed breakdown is the
// whole's, not the bracket's last part; how the counted things fared
// (发展良好) or an adverb (实质性) is no part of what is counted.
func TestNamesProjectNotes(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2022年,全市实施高端化项目76项(新建48项,续建28项),总投资1782.3亿元。", fig: "1782.3亿元", name: "高端化项目总投资"},
		{text: "上半年,我市200个工业经济新增长点项目发展良好。", fig: "200个", name: "工业经济新增长点项目"},
		{text: "截至9月底,已有199个项目实质性开工建设。", fig: "199个", name: "项目"},
	})
}
