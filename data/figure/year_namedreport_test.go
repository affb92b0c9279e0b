package figure

import "testing"

// TestYearOfANamedReport: news quoting 《2024年长治市政府工作报告》 counts its
// 去年 and 今年 from 2024, the year the report is given.
func TestYearOfANamedReport(t *testing.T) {
	const changzhi = "《2024年长治市政府工作报告》显示,去年全市地区生产总值增长5.1%,总量达到2900亿元。今年预期目标为增长5.5%左右。\n\n报告指出,全市规上工业增加值增长6%。\n"
	checkYears(t, []yearCase{
		{changzhi, "5.1%", 2023, ""},
		{changzhi, "5.5%", 2024, ""},
		{changzhi, "6%", 2023, ""},
	})
}
