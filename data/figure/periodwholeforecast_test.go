package figure

import "testing"

// A forecast of the whole year (全年有可能达到700亿元) is its own
// sentence's: after it, the report's half again.
func TestWholeYearForecastHoldsItsSentence(t *testing.T) {
	text := "邵阳GDP\n从邵阳12个县区来看,上半年GDP数据最高的是邵东市,为326亿元,全年有可能达到700亿元,全省县域经济前五强将会继续保持;其次是隆回县,GDP119亿元,第三是洞口县,GDP为94.26亿元。\n"
	checkPeriods(t, []periodCase{
		{text, "326亿元", 0, "H1"},
		{text, "700亿元", 0, ""},
		{text, "119亿元", 0, "H1"},
		{text, "94.26亿元", 0, "H1"},
		{"全县经济运行情况\n一季度,全县地区生产总值增长5%,全年预计增长6%,其中工业增长8%。\n", "8%", 0, ""},
	})
}
