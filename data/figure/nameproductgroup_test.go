package figure

import "testing"

// 十种有色金属 is one product indicator of the statistics, not a count of
// ten kinds (city quarterly analyses' product lines, provincial releases).
func TestTenNonferrousMetals(t *testing.T) {
	s := "从主要工业产品产量看，精制茶增长23.9%，纱增长16.2%，中成药增长14.1%，粗钢增长1.4%，十种有色金属增长0.7%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "0.7%", name: "十种有色金属产量"},
		{text: "1-5月，全省十种有色金属产量365.2万吨，同比增长5.1%。", fig: "365.2万吨", name: "十种有色金属产量"},
	})
	for _, f := range Extract(testArticle(s, "", 0)) {
		if f.Text == "十种" {
			t.Errorf("十种 of 十种有色金属 read as a count")
		}
	}
}
