package figure

import "testing"

// A work report on 2023 quotes 2022 for one sentence; 截至年末 and 全年
// after it are of 2023, the report's year, again.
func TestReportTimeOpenersKeepReportYear(t *testing.T) {
	const report = "某县政府工作报告\n——2024年1月10日\n" +
		"过去一年,全县地区生产总值完成230亿元,增长6.5%。2022年,全县规上工业增加值增长5.1%。截至年末,全县金融机构存款余额410亿元。全年新增城镇就业3200人。\n"
	checkYears(t, []yearCase{
		{report, "6.5%", 2023, ""},
		{report, "5.1%", 2022, ""},
		{report, "410亿元", 2023, ""},
		{report, "3200人", 2023, ""},
	})
}
