package figure

import "testing"

// Goods listed before 分别出口 with an amount each (海关总署's 上半年 figures:
// 元 written once after the last amount) are each that goods' exports, and
// the growths listed after them follow the same members.
func TestNamesTradeList(t *testing.T) {
	const goods = "其中,电工器材、汽车零配件、通用机械设备分别出口6360.6亿、6211.9亿、2004.4亿元,分别增长27.7%、58.5%、12.2%。"
	checkFields(t, []fieldCase{
		{text: goods, fig: "6360.6亿", name: "电工器材出口"},
		{text: goods, fig: "6211.9亿", name: "汽车零配件出口"},
		{text: goods, fig: "2004.4亿元", name: "通用机械设备出口"},
		{text: goods, fig: "58.5%", name: "汽车零配件出口"},
	})
}
