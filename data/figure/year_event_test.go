package figure

import "testing"

// TestYearOfAnEvent: a year opening an event (2016年首次进入全国前十) dates
// that clause only; the five-year review's figure after it is of the
// report's year (福建, 2018 report reviewing 2013-2017). In its own clause
// the year holds (2023年首次突破100亿元).
func TestYearOfAnEvent(t *testing.T) {
	const fujian = "政府工作报告\n\n——2018年1月26日在福建省第十三届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n" +
		"过去的五年,是福建苦干实干、奋力赶超的五年。全省生产总值从接近2万亿元到突破3万亿元,2016年首次进入全国前十;人均生产总值达到8.2万元。\n"
	const own = "政府工作报告\n\n——2024年1月20日在某县第十八届人民代表大会第三次会议上\n\n一、2023年工作回顾\n\n" +
		"全县地区生产总值2021年首次突破100亿元,2023年达到128亿元。\n"
	checkYears(t, []yearCase{
		{fujian, "8.2万元", 2017, ""},
		{own, "100亿元", 2021, ""},
		{own, "128亿元", 2023, ""},
	})
}
