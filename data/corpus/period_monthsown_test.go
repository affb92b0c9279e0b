package corpus

import "testing"

// A monthly release that gives the month's own figure first, marked 当月,
// and then the year to date is a release of the year to date: its later
// paragraphs with no period written are of 1-2月, not of February alone.
func TestMonthsToDateAfterMonthsOwnFigure(t *testing.T) {
	text := "今年以来,全区上下坚持稳中求进工作总基调,全区经济实现平稳起步。\n" +
		"(一)工业经济持续承压。2月份,全区规模以上工业企业当月产值同比下降12.6%;1-2月,规上工业累计产值同比下降9.7%。\n" +
		"全区房地产投资同比增长22.3%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "M1-M2" {
		t.Errorf("period %q, want M1-M2", a.Period)
	}
	// without 当月 the month's figure first keeps the month
	text = "今年以来,全市经济稳中有进。\n8月份,全市居民消费价格同比上涨0.6%;1-8月,全市居民消费价格同比上涨0.3%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "M8" {
		t.Errorf("period %q, want M8", a.Period)
	}
}
