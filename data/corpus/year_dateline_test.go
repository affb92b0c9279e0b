package corpus

import "testing"

// A speech's own dateline tells the year it reviews, whatever year a
// reposter's title gives it: (湖北省)2020年江陵县人民政府工作报告, given on
// 2021年1月6日, reviews 2020.
func TestDatelineOutranksTitleYear(t *testing.T) {
	const report = "(湖北省)2020年江陵县人民政府工作报告(全文)\n\n政府工作报告\n\n2021年1月6日在江陵县第六届人民代表大会第六次会议上\n\n" +
		"各位代表:\n\n一、十三五简要回顾\n\n五年来,江陵经济开发区面积达到19.66平方公里。\n"
	const titled = "2021年政府工作报告\n\n各位代表:\n\n过去一年,全县地区生产总值完成150亿元。\n"
	if y := Parse("t.txt", []byte(report)).Year; y != 2020 {
		t.Errorf("dated report: year %d, want 2020", y)
	}
	if y := Parse("t.txt", []byte(titled)).Year; y != 2020 {
		t.Errorf("undated report titled 2021: year %d, want 2020", y)
	}
}
