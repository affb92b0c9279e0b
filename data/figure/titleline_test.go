package figure

import "testing"

// A report's title on its own line over the first figure (国家统计局's 2016
// 统计公报 as reposted; a county bulletin) names the document, not the
// figure: the clause starts on the line below it.
func TestNamesUnderTitleLine(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年某县国民经济和社会发展统计公报\n全年实现地区生产总值221.23亿元,比上年增长5.0%。", fig: "221.23亿元", name: "地区生产总值"},
		{text: "2016年国民经济和社会发展统计公报\n我国2016年GDP总量达74.4万亿元,比上年增长6.7%。", fig: "6.7%", name: "地区生产总值"},
		{text: "2024年上半年全县经济运行情况分析\n全县规模以上工业增加值增长8.1%。", fig: "8.1%", name: "规模以上工业增加值"},
	})
}
