package figure

import "testing"

// 前年 is two years before the year 今年 counts from: a value said of it is
// that year's; 比前年 names a base, and the figure stays the report's year.
func TestQiannianIsTwoYearsBefore(t *testing.T) {
	const bulletin = "2023年某县国民经济和社会发展统计公报\n全年全县地区生产总值182.3亿元,比上年增长5.5%,比前年增长9.8%。全县粮食产量26.1万吨,前年为25.3万吨。\n"
	checkYears(t, []yearCase{
		{bulletin, "5.5%", 2023, ""},
		{bulletin, "9.8%", 2023, ""},
		{bulletin, "26.1万吨", 2023, ""},
		{bulletin, "25.3万吨", 2021, ""},
	})
}
