package figure

import "testing"

// Naming rules found on fresh county bulletins and analyses (nameprobe):
// each case is a sentence written in the style of those reports.

// The growth after points that compare the rate (增速高于全市…个百分点) is
// the indicator's own, not its rate's; so is the rank after it.
func TestNamesGrowthAfterRatePoints(t *testing.T) {
	const s = "上半年，全县固定资产投资完成22.05亿元，同比增长21.8%，增速高于全市平均水平14.7个百分点，两年平均增长8.2%，全市排名第四。"
	checkFields(t, []fieldCase{
		{text: s, fig: "14.7个百分点", name: "固定资产投资增速", kind: PPChange},
		{text: s, fig: "8.2%", name: "固定资产投资", kind: Growth},
		{text: "1-6月，全县规模以上工业增加值39.5亿元，同比增长12.0%，增速比上月回落1.1个百分点，两年平均增长6.0%。", fig: "6.0%", name: "规模以上工业增加值", kind: Growth},
	})
}

// A part under 其中 written by its crop alone (夏粮, 早稻) measures what the
// whole before it measures; an owner (县属企业) or another crop does not
// take the measure.
func TestNamesPartMeasure(t *testing.T) {
	const area = "全年粮食作物播种面积52.6万亩，比上年增长0.8%，其中，夏收粮食9.4万亩，秋收粮食43.2万亩。"
	const output = "全年粮食总产量21.3万吨，比上年增长1.9%，其中，夏收粮食3.1万吨，秋收粮食18.2万吨。"
	checkFields(t, []fieldCase{
		{text: area, fig: "9.4万亩", name: "夏收粮食播种面积", kind: Physical},
		{text: area, fig: "43.2万亩", name: "秋收粮食播种面积", kind: Physical},
		{text: output, fig: "3.1万吨", name: "夏收粮食产量", kind: Physical},
		{text: output, fig: "18.2万吨", name: "秋收粮食产量", kind: Physical},
		{text: "全年原煤产量862.4万吨，同比增长3.5%；其中，县属企业完成410.7万吨，同比增长2.2%。", fig: "410.7万吨", name: "县属企业", kind: Physical},
	})
}

// A count of people done by a group of people is of that group: the
// group stays in the name, the link verb 实现 goes.
func TestNamesPeopleDoer(t *testing.T) {
	const s = "全年城镇新增就业2856人；城镇失业人员实现再就业1032人；就业困难人员实现再就业417人。"
	checkFields(t, []fieldCase{
		{text: s, fig: "1032人", name: "城镇失业人员再就业", kind: Count},
		{text: s, fig: "417人", name: "就业困难人员再就业", kind: Count},
	})
}

// A section's headline on a line of its own (农业生产稳中向好) is no part of
// the name of the figure on the line below; a label over its bare number
// (粮食总产量 over 162817吨) still names it.
func TestNamesHeadlineLine(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "农业生产稳中向好\n一季度农林牧渔业总产值3.46亿元，按可比价计算，同比增长3.1%。", fig: "3.46亿元", name: "农林牧渔业总产值", kind: Level},
		{text: "消费市场保持活跃\n上半年社会消费品零售总额28.7亿元，同比增长5.6%。", fig: "28.7亿元", name: "社会消费品零售总额", kind: Level},
		{text: "主要产品产量\n粮食总产量\n162817吨\n较上年增长0.5%", fig: "162817吨", name: "粮食总产量", kind: Physical},
	})
}

// 有色金属 is an industry's name, not the verb 有 before 色金属.
func TestNamesYouseOpening(t *testing.T) {
	const s = "全年规模以上工业增加值增长6.2%。规模以上工业中，有色金属矿采选业增加值比上年增长4.6%，非金属矿采选业增加值增长2.9%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "4.6%", name: "有色金属矿采选业增加值", kind: Growth},
	})
}

// 按不变价计算 says how the growth was computed, not what grew.
func TestNamesPriceBasisBeforeGrowth(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "初步核算，全县实现地区生产总值(现价)96.82亿元，按不变价计算增长4.7%。", fig: "4.7%", name: "地区生产总值", kind: Growth},
	})
}

// A bare 增加值 after the 总产值 of a subject is the subject's, even with the
// price basis between them.
func TestNamesHeadAfterPriceBasis(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年完成工业总产值58.36亿元，增长9.2%；增加值按可比价计算增长8.1%。", fig: "8.1%", name: "工业增加值", kind: Growth},
	})
}

// A clause that ends in a value that is no figure (an index) names the
// growth after it by what it is the index of, without the value's digits
// or the 年 of 全年.
func TestNamesIndexClauseBefore(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年居民消费价格总指数为101.3，比上年上涨1.3%。", fig: "1.3%", name: "居民消费价格总指数", kind: Growth},
		{text: "城区居民消费价格总指数99.6，比上年下降0.4%。", fig: "0.4%", name: "城区居民消费价格总指数", kind: Growth},
	})
}
