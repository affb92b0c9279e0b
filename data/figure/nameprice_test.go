package figure

import "testing"

// CPI news (国家统计局's monthly release as reposted): how much a price
// moved the CPI is that price's pull (畜肉类价格影响CPI), and a price's own
// clause inside an open bracket (（猪肉价格上涨58.1%) starts at the
// bracket; a note in a bracket (磷矿石(折含P2O5 30%)) does not.
func TestNamesPriceNews(t *testing.T) {
	const cpi = "其中,畜肉类价格上涨28.3%,影响CPI上涨约0.91个百分点(猪肉价格上涨58.1%,影响CPI上涨约0.74个百分点);鲜果价格上涨16.0%。"
	checkFields(t, []fieldCase{
		{text: cpi, fig: "0.91个百分点", name: "畜肉类价格影响CPI"},
		{text: cpi, fig: "58.1%", name: "猪肉价格"},
		{text: cpi, fig: "0.74个百分点", name: "猪肉价格影响CPI"},
		{text: "从主要工业产品产量看,发电量同比增长49%,磷矿石(折含P2O5 30%)增长33.7%。", fig: "33.7%", name: "磷矿石产量"},
	})
}
