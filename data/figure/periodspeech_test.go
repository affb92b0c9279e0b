package figure

import "testing"

// A speech reviewing its year quotes the months its statistics have
// (1-11月) for one sentence, and they are not the speech's period; a
// period that opens its paragraph speaks for the paragraph.
func TestSpeechQuotedMonths(t *testing.T) {
	const quoted = "在全市经济工作会议上的讲话\n同志们：\n" +
		"今年以来，全市经济运行稳中有进，1-11月，全市规上工业增加值增长8.5%，固定资产投资增长10.2%，主要指标增速均高于全省平均水平。我们坚持项目为王，新签约项目56个，总投资320亿元；城镇新增就业6200人。\n" +
		"民生保障持续加强，农村居民人均可支配收入增长7.5%。\n"
	const opening = "在县委经济工作会议上的讲话\n同志们：\n" +
		"今年以来，全县上下攻坚克难，经济运行稳中有进。\n" +
		"前三季度，全县地区生产总值完成485.6亿元，同比增长6.8%。规模以上工业增加值增长7.5%，固定资产投资增长8.2%。\n"
	const news = "全县经济工作会议召开\n\n12月26日，全县经济工作会议召开。县委书记张某某在会上指出，今年1-11月，全县规上工业增加值增长8.5%，固定资产投资增长10.2%，社会消费品零售总额增长6.8%。\n\n会议指出，全县新增规上工业企业35家，城镇新增就业6200人。\n"
	const report = "政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n经济运行稳中向好。1-11月，全县规上工业增加值增长8.5%。固定资产投资增长10.2%。\n"
	checkYears(t, []yearCase{
		{report, "10.2%", 0, "M1-M11"},
		{news, "10.2%", 0, "M1-M11"},
		{news, "35家", 0, ""},
		{news, "6200人", 0, ""},
		{quoted, "8.5%", 0, "M1-M11"},
		{quoted, "10.2%", 0, "M1-M11"},
		{quoted, "56个", 0, ""},
		{quoted, "6200人", 0, ""},
		{quoted, "7.5%", 0, ""},
		{opening, "485.6亿元", 0, "Q1-Q3"},
		{opening, "7.5%", 0, "Q1-Q3"},
	})
}
