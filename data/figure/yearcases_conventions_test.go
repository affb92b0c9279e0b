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
