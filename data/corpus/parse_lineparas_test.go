package corpus

import "testing"

// A work report copied one paragraph a line with no blank lines, each line
// shorter than longLine, is still read a paragraph a line: its headings
// (一、十三五简要回顾) head sections. A column wrapped at a width stays one
// paragraph.
func TestLinePerParagraph(t *testing.T) {
	const report = "(湖北省)2020年江陵县人民政府工作报告(全文)\n政府工作报告\n2021年1月6日在江陵县第六届人民代表大会第六次会议上\n" +
		"江陵县人民政府县长 李静芹\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。\n" +
		"一、十三五简要回顾\n十三五是决胜全面小康的五年。五年来,县政府团结带领全县人民,较好完成了十三五规划确定的主要目标任务。\n" +
		"五年来,战略地位明显提高。江陵经济开发区面积达到19.66平方公里,形成一区三园的发展格局。\n"
	const wrapped = "2018年,全县地区生产总值完成46.1亿元,同比\n下降4.3%;规模以上工业增加值完成6.24亿元,\n同比下降34.9%;全社会固定资产投资完成5.5亿\n元,同比下降64.4%。\n"
	if n := len(Parse("t.txt", []byte(report)).Paragraphs); n != 9 {
		t.Errorf("report: %d paragraphs, want 9", n)
	}
	if n := len(Parse("t.txt", []byte(wrapped)).Paragraphs); n != 1 {
		t.Errorf("wrapped: %d paragraphs, want 1", n)
	}
	const column = "全县地区生产总值完成\n46.1亿元,同比下降4.3%。\n规模以上工业增加值完成\n6.24亿元,同比下降34.9%。\n全社会固定资产投资\n完成5.5亿元。\n"
	if n := len(Parse("t.txt", []byte(column)).Paragraphs); n != 1 {
		t.Errorf("narrow column: %d paragraphs, want 1", n)
	}
}
