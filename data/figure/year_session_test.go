package figure

import "testing"

// TestYearOfASessionsPlans: news of a session opening 1月5日 whose report
// reviews 2023 (报告显示，2023年，…) is written in 2024, so its 今年 plans are
// 2024's; a review year inside a plan (2024年，全县将…) tells nothing.
func TestYearOfASessionsPlans(t *testing.T) {
	const news = "1月5日,某县十八届人大四次会议开幕,县长作政府工作报告。\n\n报告显示,2023年,全县地区生产总值增长5.5%,一般公共预算收入完成8.6亿元。\n\n" +
		"今年,全县将实施重点项目120个,完成投资150亿元。\n"
	const plan = "1月5日,某县十八届人大四次会议开幕,县长作政府工作报告。\n\n报告提出,2024年,全县将实施重点项目120个。\n"
	checkYears(t, []yearCase{
		{news, "5.5%", 2023, ""},
		{news, "120个", 2024, ""},
		{news, "150亿元", 2024, ""},
		{plan, "120个", 2024, ""},
	})
}
