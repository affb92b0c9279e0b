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

// The same for a share and a count (a county bulletin's 人民生活: 全体居民
// 恩格尔系数为29.8%，其中城镇为28.1%; 最低生活保障…2.42万人次，其中城镇0.17
// 万人次).
func TestNamesAreaPartOfShareAndCount(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全体居民恩格尔系数为29.8%,其中城镇为28.1%,农村为32.5%。", fig: "28.1%", name: "城镇居民恩格尔系数"},
		{text: "全体居民恩格尔系数为29.8%,其中城镇为28.1%,农村为32.5%。", fig: "32.5%", name: "农村居民恩格尔系数"},
		{text: "全年享受政府最低生活保障的居民为2.42万人次,其中城镇0.17万人次、农村2.25万人次。", fig: "2.25万人次", name: "农村享受政府最低生活保障的居民"},
	})
}

// Listed members' shares after their indicators (渑池's 2022 统计公报: 轻工业
// 增加值下降4.5%，重工业增加值增长14%，轻、重工业占比分别为30.6%和69.4%) are
// shares of those indicators.
func TestNamesShareOfNamedMembers(t *testing.T) {
	const mianchi = "规模以上工业中,轻工业增加值下降4.5%,重工业增加值增长14%,轻、重工业占比分别为30.6%和69.4%。"
	checkFields(t, []fieldCase{
		{text: mianchi, fig: "30.6%", name: "轻工业增加值占比"},
		{text: mianchi, fig: "69.4%", name: "重工业增加值占比"},
	})
}
