package figure

import "testing"

// 同期 opening a sentence repeats the period written before it; 单5月
// opens its clause, so its 其中 sentence stays May's (广东外贸, as news).
func TestSamePeriodAndSingleMonth(t *testing.T) {
	const news = "前5个月广东外贸进出口增长4%\n据海关总署广东分署统计,今年前5个月,广东外贸进出口3.75万亿元,较去年同期(下同)增长4%。单5月,广东进出口7901.2亿元,增长0.8%。其中,出口5063亿元,下降3.1%。前5个月,广东以一般贸易方式进出口2.21万亿元,增长2.4%。同期,保税物流较快增长,进出口7513.7亿元,增长14.9%。\n"
	checkYears(t, []yearCase{
		{news, "3.75万亿元", 0, "M1-M5"},
		{news, "4%", 0, "M1-M5"},
		{news, "7901.2亿元", 0, "M5"},
		{news, "5063亿元", 0, "M5"},
		{news, "2.21万亿元", 0, "M1-M5"},
		{news, "7513.7亿元", 0, "M1-M5"},
	})
}
