package figure

import "testing"

// A whole parted by zone after 其中 (长寿 2023 上半年: 规上工业总产值…，其中，经开区
// 产值…，高新区产值…) names each zone's part by the whole's qualifier; a part
// that is an industry, or a whole with no qualifier, keeps its own name.
func TestZoneOfWhole(t *testing.T) {
	const changshou = "上半年实现规上工业总产值779.7亿元、增长3.3%,其中,经开区产值635.9亿元、增长4.3%,高新区产值111.5亿元、下降2.2%。"
	checkFields(t, []fieldCase{
		{text: changshou, fig: "635.9亿元", name: "经开区规上工业产值"},
		{text: changshou, fig: "4.3%", name: "经开区规上工业产值"},
		{text: changshou, fig: "111.5亿元", name: "高新区规上工业产值"},
		{text: "全县规上工业增加值增长8.2%,其中,制造业增加值增长9.1%。", fig: "9.1%", name: "制造业增加值"},
	})
}
