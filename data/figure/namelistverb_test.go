package figure

import "testing"

// Members of a list after one verb, each with its number in the same unit
// (衡南县 上半年 news: 种植水稻68万亩、旱粮14万亩、烟叶1.26万亩), are named as
// the first (an attribute in another unit, 签约亿元以上项目27个、投资规模
// 112亿元 in e01, is not a member; the development set checks it).
func TestNamesListVerb(t *testing.T) {
	const hengnan = "种植水稻68万亩、旱粮14万亩、烟叶1.26万亩;新造油茶林28429亩。"
	checkFields(t, []fieldCase{
		{text: hengnan, fig: "14万亩", name: "旱粮种植面积"},
		{text: hengnan, fig: "1.26万亩", name: "烟叶种植面积"},
		{text: "新建学校3所、幼儿园5所。", fig: "5所", name: "新建幼儿园"},
	})
}
