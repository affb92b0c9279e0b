package figure

import "testing"

// Date conventions of Chinese releases no development passage happens to
// use: a title in full-width digits, a whole earlier year quoted in a
// release of a half, a base of 去年同期 stated in its own clause.
func TestYearConventions(t *testing.T) {
	checkYears(t, []yearCase{
		// ２０２２年 in a typeset title dates the release; １—５月 is a span of months
		{text: "２０２２年上半年全县经济运行分析\n\n上半年,全县地区生产总值完成86.2亿元,同比增长4.6%。１—５月,全县固定资产投资增长9.1%。", fig: "86.2亿元", year: 2022, period: "H1"},
		{text: "２０２２年上半年全县经济运行分析\n\n上半年,全县地区生产总值完成86.2亿元,同比增长4.6%。１—５月,全县固定资产投资增长9.1%。", fig: "9.1%", year: 2022, period: "M1-M5"},
		// 2022年全年 quoted in a release of 2023's half holds for its sentence
		{text: "2023年上半年全县经济运行情况\n\n上半年,全县地区生产总值完成96.3亿元,同比增长5.6%。2022年全年,全县地区生产总值增长4.1%。截至6月底,全县金融机构存款余额365.2亿元。", fig: "4.1%", year: 2022, period: ""},
		{text: "2023年上半年全县经济运行情况\n\n上半年,全县地区生产总值完成96.3亿元,同比增长5.6%。2022年全年,全县地区生产总值增长4.1%。截至6月底,全县金融机构存款余额365.2亿元。", fig: "365.2亿元", year: 2023, period: "M6E"},
		// 去年同期 states the base's value in its own clause only
		{text: "全县经济持续回升向好\n\n本报讯 2023年前三季度,全县地区生产总值完成215.6亿元,同比增长6.1%;去年同期增速为3.8%。规模以上工业增加值增长7.5%,比去年全年提高1.1个百分点。", fig: "3.8%", year: 2022, period: "Q1-Q3"},
		{text: "全县经济持续回升向好\n\n本报讯 2023年前三季度,全县地区生产总值完成215.6亿元,同比增长6.1%;去年同期增速为3.8%。规模以上工业增加值增长7.5%,比去年全年提高1.1个百分点。", fig: "7.5%", year: 2023, period: "Q1-Q3"},
	})
}

// A session held in December reviews the year about to close and sets the
// targets of the next; 年初以来 in a release of a half is the half; 前三个
// 季度 is 前三季度.
func TestYearConventionsMore(t *testing.T) {
	december := "政府工作报告\n\n——2021年12月28日在旌德县第十八届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n今年,全县一般公共预算收入完成6.8亿元,增长9.2%。\n\n三、明年工作安排\n\n明年全县经济社会发展的主要预期目标是:地区生产总值增长8%左右,一般公共预算收入增长6%。"
	half := "2023年上半年全县经济运行情况\n\n截至6月底,全县金融机构存款余额365.2亿元。年初以来,全县新增市场主体3126户。"
	checkYears(t, []yearCase{
		{text: december, fig: "6.8亿元", year: 2021, period: ""},
		{text: december, fig: "8%", year: 2022, period: ""},
		{text: half, fig: "365.2亿元", year: 2023, period: "M6E"},
		{text: half, fig: "3126户", year: 2023, period: "H1"},
		{text: "2023年1-9月全市经济运行简况\n\n前三个季度,全市社会消费品零售总额增长6.6%。9月份,全市规模以上工业增加值增长7.1%。", fig: "6.6%", year: 2023, period: "Q1-Q3"},
	})
}

func TestYearToDate(t *testing.T) {
	for article, want := range map[string]string{"H1": "H1", "M10": "M1-M10", "M6": "H1", "M1": "M1", "": "", "M6E": ""} {
		if got := yearToDate(article); got != want {
			t.Errorf("yearToDate(%q) = %q, want %q", article, got, want)
		}
	}
}
