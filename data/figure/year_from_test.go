package figure

import "testing"

// The value a change starts from is of the year the sentence's first change
// wrote, or of no year the text tells (p01's form; c11's 从45个发展到117个).
func TestChangeStartYear(t *testing.T) {
	const review = "政府工作报告\n——2016年1月20日在某县第十五届人民代表大会第五次会议上\n一、“十二五”时期工作回顾\n" +
		"全县地区生产总值由2010年的52亿元跃升到2015年的98.6亿元,年均增长12.1%;一般公共预算收入由3.2亿元增加到7.9亿元,年均增长19.8%;农村常住居民人均可支配收入由4127元增加到8215元。\n"
	const noYear = "某县2020年国民经济和社会发展统计公报\n全年绿色和有机产品认证从38个发展到96个,基地面积增加到61.5万亩。\n"
	checkYears(t, []yearCase{
		{review, "52亿元", 2010, ""},
		{review, "98.6亿元", 2015, ""},
		{review, "3.2亿元", 2010, ""},
		{review, "7.9亿元", 2015, ""},
		{review, "4127元", 2010, ""},
		{review, "8215元", 2015, ""},
		{review, "19.8%", 2015, ""},
		{noYear, "38个", 0, ""},
		{noYear, "96个", 2020, ""},
	})
}
