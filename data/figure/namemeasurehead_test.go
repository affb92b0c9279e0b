package figure

import "testing"

// An attribute written right after a physical measure of a subject (种植
// 面积1.8万亩，年产值达2亿元) is the subject's: 樱桃年产值 (it had been
// 樱桃种植面积年产值, and 年产量年产值). Sentences from two counties'
// farming news (赞皇 2020, 庆元 2024).
func TestAttributeAfterMeasure(t *testing.T) {
	const zanhuang = "目前,全县樱桃种植面积1.8万亩,年产值达2亿元,辐射带动30多个村的3000余户农民。"
	const qingyuan = "庆元县大力发展甜桔柚产业,全县种植面积达到1.94万亩,年产量1.48万吨,年产值1.77亿元。"
	checkFields(t, []fieldCase{
		{text: zanhuang, fig: "1.8万亩", name: "樱桃种植面积"},
		{text: zanhuang, fig: "2亿元", name: "樱桃年产值"},
		{text: qingyuan, fig: "1.77亿元", name: "年产值"},
		{text: "花海广场总投资1亿元,建设总面积5万平方米。", fig: "5万平方米", name: "花海广场建设总面积"},
	})
}
