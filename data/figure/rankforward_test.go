package figure

import "testing"

// Ranks written before the rates they rank (甘肃 前三季度 cities news: 酒泉、
// 定西排名第二和第三，GDP增速分别为4.6%、4.0%) are the ranks of those rates,
// each its holder's; a rank whose holder has no rate after it stays unnamed.
func TestRankNamedByNextRate(t *testing.T) {
	const gansu = "前三季度,甘肃省地区生产总值增长2.8%。其中,金昌市GDP增速最高达8.9%。酒泉市、定西市排名第二和第三,GDP增速分别为4.6%、4.0%。"
	checkFields(t, []fieldCase{
		{text: gansu, fig: "第二", name: "GDP增速", kind: Rank},
		{text: gansu, fig: "第三", name: "GDP增速", kind: Rank},
	})
}
