package figure

import "testing"

// TestYearBeforeLast: 前年 in a release of 2024 is 2022, as 去年 is 2023;
// 目前年产 is no year.
func TestYearBeforeLast(t *testing.T) {
	const release = "发布时间:2024-04-22\n\n去年,全县规上工业增加值增长5%,前年增长3.1%。\n\n前年,我县规上工业增加值曾下降2.1%。\n"
	const now = "发布时间:2024-04-22\n\n目前年产水泥50万吨。\n"
	checkYears(t, []yearCase{
		{release, "5%", 2023, ""},
		{release, "3.1%", 2022, ""},
		{release, "2.1%", 2022, ""},
		{now, "50万吨", 2023, ""}, // the date's year before, as for any undated annual figure: not 2022
	})
}
