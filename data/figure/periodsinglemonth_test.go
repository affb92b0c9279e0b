package figure

import "testing"

// A month marked as the month alone (单5月, 5月当月) holds for its own
// sentence; the next sentence of the release is of the months to date.
func TestMarkedSingleMonthEndsWithItsSentence(t *testing.T) {
	text := "全市经济运行情况\n1-5月,全市规模以上工业增加值同比增长6.5%。单5月,规模以上工业增加值增长7.1%,比4月加快1.2个百分点。全市固定资产投资同比增长8.3%。\n"
	checkPeriods(t, []periodCase{
		{text, "7.1%", 0, "M5"},
		{text, "1.2个百分点", 0, "M5"},
		{text, "8.3%", 0, "M1-M5"},
		// a sentence opening with 其中 is a part of the month's figure
		{"前5个月广东外贸进出口增长4%\n今年前5个月,广东外贸进出口3.75万亿元,增长4%。单5月,广东进出口7901.2亿元,增长0.8%。其中,出口5063亿元,下降3.1%。\n", "5063亿元", 0, "M5"},
	})
}
