package figure

import "testing"

// A whole's rate broken down by area (国家统计局's September 2025 CPI:
// 全国居民消费价格同比下降0.3%。其中，城市下降0.2%，农村下降0.5%): each part
// written alone is the whole's indicator for that area.
func TestNamesAreaPartOfRate(t *testing.T) {
	const cpi = "2025年9月份,全国居民消费价格同比下降0.3%。其中,城市下降0.2%,农村下降0.5%;食品价格下降4.4%。"
	checkFields(t, []fieldCase{
		{text: cpi, fig: "0.2%", name: "城市居民消费价格"},
		{text: cpi, fig: "0.5%", name: "农村居民消费价格"},
		{text: cpi, fig: "4.4%", name: "食品价格"},
	})
}
