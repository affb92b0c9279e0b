package figure

import "testing"

// 城镇和农村 (or 城镇、农村) written before a list of two values with no
// 分别 maps them in order, as 城乡居民 does (the pair had been left whole on
// all four figures). Sentences from a district's 上半年 plan report (官渡区
// 2023); the last checks that a second list after 城乡居民 starts again at
// 城镇 (its first growth had taken the level before's 农村).
func TestWrittenOutPair(t *testing.T) {
	const guandu = "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。"
	const listed = "城镇、农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。"
	const fused = "城乡居民人均可支配收入47279元、23120元,增长3%、7%。"
	checkFields(t, []fieldCase{
		{text: guandu, fig: "29092元", name: "城镇常住居民人均可支配收入"},
		{text: guandu, fig: "17191元", name: "农村常住居民人均可支配收入"},
		{text: guandu, fig: "3%", name: "城镇常住居民人均可支配收入"},
		{text: guandu, fig: "6.4%", name: "农村常住居民人均可支配收入"},
		{text: listed, fig: "29092元", name: "城镇常住居民人均可支配收入"},
		{text: listed, fig: "17191元", name: "农村常住居民人均可支配收入"},
		{text: fused, fig: "3%", name: "城镇居民人均可支配收入"},
		{text: fused, fig: "7%", name: "农村居民人均可支配收入"},
	})
}
