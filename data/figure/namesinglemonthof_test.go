package figure

import "testing"

// A clause of one month inside a cumulative release (其中6月当月…) names the
// indicator before it for that month, not 当月 alone (real 1-6月 district
// briefs: 铜陵 郊区 2023 probe).
func TestSingleMonthOfPrevious(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-6月，全区规模以上工业企业完成产值同比下降1.8%，位列县区第5，高于去年同期增速2.7个百分点，低于全市平均8.8个百分点。其中6月当月同比下降17.6%。", fig: "17.6%", name: "当月规模以上工业企业产值"},
		{text: "住宿餐饮业稳定增长。1-6月，限上住宿餐饮企业营业额同比增长24.8%，增速高于去年同期9.4个百分点。其中6月当月下降24.5%。", fig: "24.5%", name: "当月限上住宿餐饮企业营业额"},
		// a 当月 clause that names its indicator keeps it
		{text: "（一）全县规模以上工业增加值同比增长7.5%（全市11.1%），较去年同期回落0.9个百分点，六县市排名第五；其中，当月规模以上工业增加值同比增长9.9%。", fig: "9.9%", name: "当月规模以上工业增加值"},
	})
}
