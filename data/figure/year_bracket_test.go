package figure

import "testing"

// A year written inside a bracket holds inside it: the figures after the
// bracket closes are the sentence's own year again.
func TestBracketYearIsAnAside(t *testing.T) {
	const county = "2023年全县经济运行情况\n2023年,全县地区生产总值完成156.2亿元,增长5.6%。全县新增规上工业企业15家(2022年新增9家),规上工业增加值增长7.2%。\n"
	checkYears(t, []yearCase{
		{county, "15家", 2023, ""},
		{county, "9家", 2022, ""},
		{county, "7.2%", 2023, ""},
	})
}

// A bracket holding a year alone glosses the word before it: 今年(2024年)
// dates its sentence (a province's work report, as news).
func TestBracketYearGloss(t *testing.T) {
	const news = "廣東省十四屆人大二次會議今日(23日)上午開幕。廣東省省長王偉中作省政府工作報告時表示,今年(2024年)廣東省發展面臨的有利條件強於不利因素,預期地區生產總值增長5%。\n"
	checkYears(t, []yearCase{
		{news, "5%", 2024, ""},
	})
}
