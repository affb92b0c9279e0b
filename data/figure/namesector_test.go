package figure

import "testing"

// 分产业看 breaks a whole down by the three industries, each written alone
// (郏县's 1-3月 analysis; a county's Q1 investment): each is the whole's
// measure of that industry — 增加值 under 地区生产总值, 投资 under 固定资产投资.
func TestNamesSectorOfWhole(t *testing.T) {
	const gdp = "全县地区生产总值总量为52.22亿元,同比增长4.0%。分产业看:第一产业4.41亿元,同比增长1.8%;第二产业19.31亿元,同比增长6.4%;第三产业28.5亿元,同比增长2.8%。"
	const inv = "全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%;第二产业增长33.5%;第三产业下降1.8%。"
	checkFields(t, []fieldCase{
		{text: gdp, fig: "4.41亿元", name: "第一产业增加值"},
		{text: gdp, fig: "6.4%", name: "第二产业增加值"},
		{text: gdp, fig: "28.5亿元", name: "第三产业增加值"},
		{text: inv, fig: "129.2%", name: "第一产业投资"},
		{text: inv, fig: "1.8%", name: "第三产业投资"},
	})
}
