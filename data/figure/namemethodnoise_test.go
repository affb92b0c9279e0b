package figure

import "testing"

// 按可比口径计算 says how a growth was computed, like 按可比价格计算, not
// what it measures (county industry news; NBS profit releases write it too).
func TestComparableBasisNoise(t *testing.T) {
	s := "当月全县规模以上工业实现增加值2.90亿元，按可比口径计算同比增长34%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "34%", name: "规模以上工业增加值"},
		{text: "1-11月，全县规模以上工业累计完成工业增加值29.47亿元，按可比口径计算同比增长23%，高出全市平均增长率3个百分点。", fig: "23%", name: "规模以上工业增加值"},
	})
}
