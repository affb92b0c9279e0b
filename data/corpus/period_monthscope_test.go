package corpus

import "testing"

// The area a release covers may stand between a bare month and its
// indicator: 4月全省社会消费品零售总额1766.56亿元 is April's own.
func TestBareMonthBeforeScopeAndIndicator(t *testing.T) {
	checkFirstPeriods(t, []periodCase{
		{"4月全省社会消费品零售总额1766.56亿元,同比下降2.9%", "M4"},
		{"5月全市规模以上工业增加值增长7.1%", "M5"},
		{"比4月全省社会消费品零售总额多", ""}, // a comparison's base
		{"5月全县召开会议", ""},
	})
}
