package figure

import "testing"

// Both ends of a from-to move of an amount, count, area or rank are named
// by the subject before 从/由 (namefromto.go), not by the verb between
// them; the sentences are k07's (肇源县 十三五 review) and a bulletin's.
func TestNamesFromTo(t *testing.T) {
	const k07 = "绿色和有机产品认证从45个发展到117个,基地面积从26.8万亩增加到107.6万亩。"
	checkFields(t, []fieldCase{
		{text: k07, fig: "45个", name: "绿色和有机产品认证"},
		{text: k07, fig: "117个", name: "绿色和有机产品认证"},
		{text: k07, fig: "26.8万亩", name: "基地面积"},
		{text: k07, fig: "107.6万亩", name: "基地面积"},
		{text: "全县粮食总产量由2015年的5.2万吨增加到2020年的6.8万吨。", fig: "6.8万吨", name: "粮食总产量"},
		{text: "全省县域综合排名由2016年的第60名上升至2019年的第35名。", fig: "第35名", name: "县域综合排名"},
	})
}
