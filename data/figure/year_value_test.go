package figure

import "testing"

// A year written right before a value is that value's own, not the time of
// the figures after it: the enterprises added in 2018 whose first quarter
// output grew (c03), a rank's years (c11).
func TestYearOfValue(t *testing.T) {
	const hanyin = "汉阴县工业经济实现首季“开门红”\n文号 | 无 | 成文日期: | 2019年04月23日 |\n有效性 | 有效 | 公开日期: | 2019-04-23 08:42 |\n" +
		"今年以来,全县上下认真贯彻落实全县经济工作会议精神,聚力工业经济发展。一季度,全县工业经济实现“开门红”。\n" +
		"新纳统企业产值快速增长。2018年14户新增企业1—3月完成工业总产值同比增长176.4%,拉动全县规上工业产值增长2.7个百分点。\n" +
		"富硒食品增长较快。精制食用植物油增长31.9%,糖果增长33.4%。\n"
	const zhaoyuan = "(黑龙江)2021年肇源县人民政府工作报告(全文)\n2020年12月29日在肇源县第十七届\n人民代表大会第六次会议上\n县长宁利文\n各位代表:\n" +
		"一、十三五工作回顾\n2016年以来,全县上下以新时代中国特色社会主义思想为指导,较好地完成了十三五规划确定的目标任务。\n" +
		"过去五年,经济综合实力稳步提升。全县地区生产总值年均增长3.7%,社会消费品\n零售总额年均增长7%,固定资产投资累计完成149.8亿元。全省县域综合排名由2016年的\n" +
		"第60名上升至2019年的第35名。现代农业快速发展。完成松嫩干堤防达标\n工程。晋升为国家农业可持续发展试验示范区,新增高\n标准农田49.1万亩,建成现代农业科技示范园区15处。\n"
	checkYears(t, []yearCase{
		{hanyin, "14户", 2018, ""},
		{hanyin, "176.4%", 2019, "Q1"},
		{hanyin, "2.7个百分点", 2019, "Q1"},
		{hanyin, "31.9%", 2019, "Q1"},
		{zhaoyuan, "第35名", 2019, ""},
		{zhaoyuan, "49.1万亩", 2020, ""},
		{zhaoyuan, "15处", 2020, ""},
		// after a comparison the year is the base, not the value's
		{"2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。\n", "1.2个百分点", 2024, ""},
	})
}
