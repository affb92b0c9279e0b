package corpus

import "testing"

// A bare month that opens its clause, or follows a short subject, dates
// the trade or output figure after it (海关总署, 5月进出口, as news); a
// month after a comparison, or before an event, is no period here.
func TestIndicatorMonth(t *testing.T) {
	checkFirstPeriods(t, []periodCase{
		{"中国5月出口增长7.6%", "M5"},
		{"以人民币计价,5月进出口3.71万亿元,按年增长8.6%。", "M5"},
		{"广东5月进出口7901.2亿元,增长0.8%。", "M5"},
		{"进口2197.3亿元,低于市场预期升4.3%及4月的8.4%。", ""},
		{"5月召开招商大会,签约项目20个。", ""},
	})
}
