package figure

import "testing"

// 该 (this) opens a clause about the place or body just named (贵州's 前三季度
// city news: 该地区生产总值首次突破3000亿元; 该园区…工业总产值) and is no part
// of the indicator's name.
func TestNamesWithoutDemonstrative(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "该地区生产总值首次突破3000亿元,增长5.1%。", fig: "3000亿元", name: "地区生产总值"},
		{text: "新老项目共同发力下,该园区上半年实现工业总产值17亿元,同比增长193.1%。", fig: "17亿元", name: "园区上半年工业总产值"},
	})
}
