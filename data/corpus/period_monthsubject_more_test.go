package corpus

import "testing"

// A bare month before more of the indicators a monthly release reports
// dates them as 规模以上 does: 其中5月重工业增加值同比增长9.8%,累计同比增长9.7%.
func TestBareMonthBeforeMoreIndicators(t *testing.T) {
	checkFirstPeriods(t, []periodCase{
		{"其中5月重工业增加值同比增长9.8%", "M5"},
		{"4月限额以上单位消费品零售额增长6.1%", "M4"},
		{"5月商品房销售面积增长3.2%", "M5"},
		{"高于4月重工业增速", ""}, // a comparison: the base, not the figure's month
		{"5月重点项目集中开工", ""},
	})
}
