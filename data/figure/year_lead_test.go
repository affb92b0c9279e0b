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
