package figure

import "testing"

// 创今年以来单月新高 measures a record over the year so far; it does not
// turn the month the sentence names into the months from January (a
// county's news of its first five months).
func TestRecordSpanIsNoPeriod(t *testing.T) {
	const county = "前5个月我县工业总产值增长25.1%\n县统计局消息,今年前5个月,我县实现工业总产值53.22亿元,同比增长25.1%。其中5月份实现工业产值12.99亿元,创今年以来单月新高,比上月增长9.9%。\n1至5月份,全县小型工业实现产值32.53亿元。\n"
	checkYears(t, []yearCase{
		{county, "53.22亿元", 0, "M1-M5"},
		{county, "12.99亿元", 0, "M5"},
		{county, "9.9%", 0, "M5"},
		{county, "32.53亿元", 0, "M1-M5"},
	})
}

// 年初至今 names the months of the year so far, as 年初以来 does.
func TestYearToDateWords(t *testing.T) {
	const county = "某县1-5月经济运行情况\n截至5月底,全县金融机构存款余额350亿元。年初至今,全县新增市场主体3126户。\n"
	checkYears(t, []yearCase{
		{county, "350亿元", 0, "M5E"},
		{county, "3126户", 0, "M1-M5"},
	})
}
