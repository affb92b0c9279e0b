package figure

import "testing"

// 一、二、三产 is 第一、二、三产业 shortened, in county analyses' investment
// and sector lines (汉阴县 上半年 probe; 全县 before the list as in bulletins).
func TestShortOrdinalIndustries(t *testing.T) {
	hanyin := "上半年，全县固定资产投资同比增长12.4%，其中：项目投资下降1.0%，房地产开发投资增长181.9%，分产业看：一、二、三产投资分别增长16.3%、9.2%、12.5%。"
	checkFields(t, []fieldCase{
		{text: hanyin, fig: "16.3%", name: "第一产业投资"},
		{text: hanyin, fig: "12.5%", name: "第三产业投资"},
		{text: "2022年，全县二、三产增加值分别增长5.2%、6.3%。", fig: "5.2%", name: "第二产业增加值"},
		{text: "2022年，全县一、二、三产业增加值分别增长3.1%、5.2%、6.3%。", fig: "6.3%", name: "第三产业增加值"},
	})
}
