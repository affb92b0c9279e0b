package figure

import "testing"

// 累计 after a month later than the span written before it sums to that
// month.
func TestSumToLaterMonth(t *testing.T) {
	text := "信丰县一季度开放型经济发展态势良好\n据统计,一季度,全县共签约内外资项目22个。1-2月份,全县外贸出口1662.28万美元,同比增长52.09%;预计3月份出口可达850万美元,累计达2512万美元,同比增长37%。\n"
	checkPeriods(t, []periodCase{
		{text, "1662.28万美元", 0, "M1-M2"},
		{text, "850万美元", 0, "M3"},
		{text, "2512万美元", 0, "Q1"},
		{text, "37%", 0, "Q1"},
	})
	if got := sumTo("M1-M8", 8); got != "M1-M8" {
		t.Errorf("sumTo(M1-M8, 8) = %q", got)
	}
}
