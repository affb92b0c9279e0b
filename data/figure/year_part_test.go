package figure

import "testing"

// A release of 2024's first quarter quotes 2023 in a sentence of its own;
// the 一季度 after it is 2024's again, and 去年一季度 is 2023's.
func TestEarlierYearInReleaseOfPart(t *testing.T) {
	text := "2024年一季度全县经济运行分析\n\n一季度,全县地区生产总值完成45.2亿元,同比增长5.8%。2023年,全县地区生产总值增长6.1%。一季度,全县规模以上工业增加值增长7.2%。去年一季度,全县规模以上工业增加值增长3.5%。"
	checkYears(t, []yearCase{
		{text: text, fig: "45.2亿元", year: 2024, period: "Q1"},
		{text: text, fig: "6.1%", year: 2023, period: ""},
		{text: text, fig: "7.2%", year: 2024, period: "Q1"},
		{text: text, fig: "3.5%", year: 2023, period: "Q1"},
	})
}

// A plan's span opening its clause dates it: “十三五”期间 to 2020,
// “十四五”以来 to the year the bulletin describes; one inside a clause
// (东北电网“十四五”期间投资最大的…) is an attribute.
func TestPlanSpanYear(t *testing.T) {
	text := "2022年全县经济运行情况\n\n“十三五”期间,全县地区生产总值年均增长7.1%。“十三五”期末,全县常住人口38.2万人。“十四五”以来,全县新增规模以上工业企业86家。"
	checkYears(t, []yearCase{
		{text: text, fig: "7.1%", year: 2020, period: ""},
		{text: text, fig: "38.2万人", year: 2020, period: ""},
		{text: text, fig: "86家", year: 2022, period: ""},
	})
	if y, _ := planSpanIn("电网“十四五”期间投资最大的单体项目", 0, len("电网“十四五”期间投资最大的单体项目"), 2024); y != 0 {
		t.Errorf("an attribute span gives %d, want 0", y)
	}
}

// A stock at the end of December is the year-end's: no period, whatever
// months the sentences before wrote.
func TestYearEndMonthHasNoPeriod(t *testing.T) {
	checkYears(t, []yearCase{
		{text: "2022年1-11月全县经济运行情况\n\n1-11月,全县规模以上工业增加值增长6.2%。前10个月,全县固定资产投资增长5.1%。截至2022年12月底,全县金融机构存款余额386.2亿元。", fig: "386.2亿元", year: 2022, period: ""},
	})
}

// News of a work report with no date: the year whose targets it states
// dates the speech, so 过去一年 is the year before; a 今年 target after a
// reviewed 2022 is 2023's.
func TestWorkReportNewsYears(t *testing.T) {
	ahead := "县十八届人大二次会议开幕\n\n1月10日上午,县第十八届人民代表大会第二次会议隆重开幕。县长李强代表县人民政府作政府工作报告。报告指出,过去一年,全县地区生产总值完成186.5亿元,增长4.2%。报告提出,2023年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右。"
	back := "县十八届人大二次会议开幕\n\n本报讯 1月10日上午,县第十八届人民代表大会第二次会议隆重开幕。县长李强在政府工作报告中说,2022年,全县地区生产总值完成186.5亿元,增长4.2%。今年全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右。"
	none := "县十八届人大一次会议开幕\n\n1月10日上午,县第十八届人民代表大会第一次会议隆重开幕。县长李强代表县人民政府作政府工作报告。报告指出,过去一年,全县地区生产总值完成186.5亿元,增长4.2%。"
	checkYears(t, []yearCase{
		{text: ahead, fig: "186.5亿元", year: 2022, period: ""},
		{text: ahead, fig: "6.5%", year: 2023, period: ""},
		{text: back, fig: "186.5亿元", year: 2022, period: ""},
		{text: back, fig: "6.5%", year: 2023, period: ""},
		{text: none, fig: "186.5亿元", year: 0, period: ""}, // no year written: unknown
	})
}

// A month written after 其中 breaks down the span before it for its own
// sentence; the next sentence is the span's again.
func TestBreakdownMonthHoldsForItsSentence(t *testing.T) {
	text := "全县工业经济持续向好\n\n记者从县统计局了解到,1—7月,全县规模以上工业企业完成总产值126.3亿元,同比增长8.2%。其中,7月份完成产值18.6亿元。全县规模以上工业企业达到186家。"
	checkYears(t, []yearCase{
		{text: text, fig: "18.6亿元", year: 0, period: "M7"},
		{text: text, fig: "186家", year: 0, period: "M1-M7"},
	})
}

// 上年同期 opening a sentence dates its figures the year before.
func TestLastYearSamePeriodOpensSentence(t *testing.T) {
	checkYears(t, []yearCase{
		{text: "2023年1-8月全县经济运行简况\n\n1-8月,全县规模以上工业增加值增长6.3%。上年同期,全县规模以上工业增加值增长4.1%。8月末,全县金融机构存款余额356.2亿元。", fig: "4.1%", year: 2022, period: "M1-M8"},
		{text: "2023年1-8月全县经济运行简况\n\n1-8月,全县规模以上工业增加值增长6.3%。上年同期,全县规模以上工业增加值增长4.1%。8月末,全县金融机构存款余额356.2亿元。", fig: "356.2亿元", year: 2023, period: "M8E"},
	})
}
