package figure

import "testing"

// Totals after 分别 (安徽's 2018 work report: 新增高速公路1317公里、一级公路
// 2667公里，总里程分别达4246公里和3166公里) are each road's 总里程, not the
// new length's; money 已下达 is the money (财政部's 2016 figures), not 已下.
func TestNamesTotalsAndHandedDown(t *testing.T) {
	const roads = "新增高速公路1317公里、一级公路2667公里,总里程分别达4246公里和3166公里。"
	checkFields(t, []fieldCase{
		{text: roads, fig: "4246公里", name: "高速公路总里程"},
		{text: roads, fig: "3166公里", name: "一级公路总里程"},
		{text: "2016年,中央财政扶贫资金已下达660.95亿元,同比增长43.4%。", fig: "660.95亿元", name: "中央财政扶贫资金"},
	})
}
