package figure

import "testing"

// A press conference in the summer (no year on the page) quotes last
// year's whole-year total before this year's months: 2022年全市地区生产总值
// 达到520亿元 is 2022's whole year, not the months the release is of. A
// release dated with its own year (2024年一季度) keeps a 2024年… clause in
// its quarter. (Modelled on the press-conference news of the probes: 大冶,
// 马鞍山, 成渝 quote a past year beside the current months.)
func TestOtherYearInAReleaseOfMonths(t *testing.T) {
	const press = "新闻发布会\n\n会上介绍,2022年全市地区生产总值达到520亿元,比2012年增长1.5倍。今年1至7月,全市规上工业增加值增长8.1%。\n"
	const half = "新闻发布会\n\n8月15日,市政府新闻办召开发布会。2022年全市地区生产总值达到520亿元。今年上半年,全市地区生产总值增长6.1%。\n"
	const dated = "2024年一季度经济运行情况\n\n2024年一季度,全区经济稳中有进。2024年全区规上工业增加值增长8.4%,社会消费品零售总额增长4.1%。\n"
	checkYears(t, []yearCase{
		{press, "520亿元", 2022, ""},
		{press, "1.5倍", 2022, ""},
		{half, "520亿元", 2022, ""},
		{dated, "8.4%", 2024, "Q1"},
	})
}

// In a release of a quarter, a sentence opening with 去年 (去年，全县地区生产
// 总值增长5.8%) is the whole year before's, and a paragraph opening with an
// earlier year holds it until a later sentence writes 今年.
func TestLastYearOpensSentence(t *testing.T) {
	const release = "我县一季度经济实现“开门红”\n\n发布时间：2024-04-22 10:15\n\n今年一季度，全县地区生产总值完成52.3亿元，同比增长6.2%。\n\n去年，全县地区生产总值增长5.8%。今年以来，全县新签约项目18个，协议引资56亿元。\n\n2023年，全县规上工业增加值增长7.1%。今年以来，全县新增市场主体1260户。\n"
	checkYears(t, []yearCase{
		{release, "5.8%", 2023, ""},
		{release, "18个", 2024, "Q1"},
		{release, "7.1%", 2023, ""},
		{release, "1260户", 2024, "Q1"},
	})
}
