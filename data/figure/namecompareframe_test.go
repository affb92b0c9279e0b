package figure

import "testing"

// A comparison framed by a preposition (与去年同期相比增长, 与上年比较增长 —
// 雷波's holiday tourism news) starts at 与, so its 相/比 is no name; 共计
// says "in all" like 共.
func TestNamesFramedComparison(t *testing.T) {
	const leibo = "全县共接待游客5.6万人次,与去年同期比较增长16.85%;实现旅游总收入2648.1万元,与去年同期相比增长11.17%。"
	checkFields(t, []fieldCase{
		{text: leibo, fig: "16.85%", name: "接待游客"},
		{text: leibo, fig: "11.17%", name: "旅游总收入"},
		{text: "全县地区生产总值120亿元,与上年相比增长6.1%。", fig: "6.1%", name: "地区生产总值"},
		{text: "全县规上工业增加值与去年同期相比增长8.2%。", fig: "8.2%", name: "规上工业增加值"},
		{text: "全区共计接待游客12.7万人次,同比增长17.1%。", fig: "12.7万人次", name: "接待游客"},
	})
}
