package figure

import "testing"

// An undated text whose lead writes one year of its own goes on about that
// year in the paragraphs after it (广东省政府工作报告, 2025, as news).
func TestLeadYearCarries(t *testing.T) {
	const news = "1月15日上午隆重開幕的廣東省十四屆人大三次會議上,省長王偉中作《政府工作報告》時稱,預計2024年該省GDP邁上14萬億元(人民幣,下同)新臺階、連續36年居全國首位。\n" +
		"王偉中指,面對外部壓力加大、內部困難增多的複雜嚴峻形勢,我們迎難而上、頂壓前行。進出口總額突破9萬億元、增長9.8%。規模以上工業增加值增長4.2%。\n"
	const two = "全省经济回升向好\n1月15日,省长作政府工作报告。2023年全省GDP增长5.1%,2024年预计增长5%。\n\n进出口总额增长9.8%。\n"
	checkYears(t, []yearCase{
		{news, "14萬億元", 2024, ""},
		{news, "9.8%", 2024, ""},
		{news, "4.2%", 2024, ""},
		{two, "9.8%", 0, ""},
	})
}

// An undated text that writes one year of its own anywhere is about that
// year: the half-year figures of a zone's news whose only year is the
// 2023年三季度 of a ceremony it reports (t09, shortened).
func TestOnlyYearOfUndatedText(t *testing.T) {
	const news = "西安高新区上半年经济运行稳中向好\n上半年实现生产总值(GDP)1614.72亿元,同比增长8.4%,经济总量分别占到陕西省的10.4%和西安市的28.8%。\n\n" +
		"同时,8月3日,在西安高新区举行的2023年三季度重点项目集中开工仪式上,总投资逾510亿元的53个重点项目集中开工。\n"
	const two = "高新区经济稳中向好\n上半年实现生产总值1614.72亿元,同比增长8.4%。\n\n对比往年,全区2021年增长6.2%,2022年增长5.1%。\n"
	checkYears(t, []yearCase{
		{news, "1614.72亿元", 2023, "H1"},
		{news, "8.4%", 2023, "H1"},
		{two, "1614.72亿元", 0, "H1"},
	})
}

// A year the text looks ahead to (到2025年, 2035年远景目标) or the ends of a
// span of years (2016年至2018年) do not date an undated text.
func TestHorizonYearsDateNothing(t *testing.T) {
	for _, tail := range []string{"到2025年,全县力争建成规上企业100家。", "朝着2035年远景目标迈进。", "2016年至2018年,分别引进项目12个、15个、18个。"} {
		text := "全县经济运行情况\n一季度,全县地区生产总值增长5.1%,规上工业增加值增长7.2%。\n\n" + tail + "\n"
		checkYears(t, []yearCase{{text, "5.1%", 0, "Q1"}})
	}
}
