package figure

import "testing"

// TestYearsAhead: a new government's report sets the targets of its term
// under 今后五年; they are of no one year, least of all the year its review
// covers, unless they write one (到2026年). The year's own targets under
// 三、2022年工作安排 stay that year's.
func TestYearsAhead(t *testing.T) {
	const bazhou = "政府工作报告\n\n——2022年1月10日在霸州市第十届人民代表大会第一次会议上\n\n各位代表:\n\n一、过去五年工作回顾\n\n" +
		"2021年,全市地区生产总值预计完成560亿元,增长7%。\n\n二、今后五年目标任务\n\n" +
		"今后五年经济社会发展的主要目标是:全市地区生产总值年均增长7%左右;城乡居民人均可支配收入年均增长8%。\n\n" +
		"到2026年,全市地区生产总值突破800亿元。\n\n新增城镇就业年均5000人以上。\n\n" +
		"三、2022年工作安排\n\n今年经济社会发展的主要预期目标是:地区生产总值增长6.5%左右。\n"
	const passing = "政府工作报告\n\n——2022年1月10日在霸州市第十届人民代表大会第一次会议上\n\n各位代表:\n\n" +
		"今后五年,全市地区生产总值年均增长7%左右,到2026年突破800亿元。\n"
	checkYears(t, []yearCase{
		{bazhou, "560亿元", 2021, ""},
		{bazhou, "8%", 0, ""},
		{bazhou, "800亿元", 2026, ""},
		{bazhou, "5000人", 0, ""},
		{bazhou, "6.5%", 2022, ""},
		{passing, "7%", 0, ""},
	})
}
