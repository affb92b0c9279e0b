package figure

import "testing"

// News of a district's work report titled with the year it plans (济南历城区,
// January 2025) states that year (2025年是…收官之年) before the targets: the
// targets are 2025's, not the year after the title's. A township's plan
// (i07) writes its year the same way. A review's 2024年是… followed by
// its figures keeps the targets after them the year after.
func TestTargetsAfterStatedYear(t *testing.T) {
	const licheng = "地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图\n\n1月9日,济南市历城区第十九届人民代表大会第四次会议召开。会上,历城区委副书记、区长续明代表历城区人民政府向大会报告工作。\n\n2025年是全面学习贯彻党的二十大和二十届二中、三中全会精神的重要之年,是实施\"十四五\"规划的收官之年,做好各项工作责任重大。\n\n新的一年,历城区将坚持稳中求进工作总基调,持续推动经济实现量的合理增长和质的有效提升。\n\n经济社会发展主要预期目标是:地区生产总值增长5.6%以上,一般公共预算收入、固定资产投资保持正增长,规模以上工业增加值增长7.5%以上,社会消费品零售总额增长3.5%以上,实际使用外资1.6亿美元。\n"
	const review = "某县2024年经济社会发展回顾\n\n2024年是实施\"十四五\"规划的关键一年。全县地区生产总值增长6.1%,一般公共预算收入12.3亿元。\n\n经济社会发展主要预期目标是:地区生产总值增长6%左右,规模以上工业增加值增长8%。\n"
	checkYears(t, []yearCase{
		{licheng, "7.5%", 2025, ""},
		{licheng, "1.6亿美元", 2025, ""},
		{review, "6.1%", 2024, ""},
		{review, "8%", 2025, ""},
	})
}
