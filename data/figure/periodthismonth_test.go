package figure

import "testing"

// 本月 names the month the paragraph's period ends with, as 当月 does; 本月底
// is a date, not the month's figures.
func TestThisMonthIsTheMonth(t *testing.T) {
	text := "工业生产\n5月份发电设备同比增加9.7%,1~5月累计减少5.6%。发电量本月依然增加,同比增加4.1%。累计同比增加4%。\n"
	checkPeriods(t, []periodCase{
		{text, "4.1%", 0, "M5"},
		{text, "4%", 0, "M1-M5"},
	})
}
