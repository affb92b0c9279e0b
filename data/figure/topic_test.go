package figure

import "testing"

// A paragraph opening on another place of the subject's level, or one under
// it, turns the text to that place (全市 included) until a heading or a
// paragraph opening on another place; a paragraph listing several is about
// none of them.
func TestTopicSwitch(t *testing.T) {
	twoCities := "济南青岛上半年经济数据\n\n据济南市统计局网站发布，上半年济南市经济稳步发展。\n\n2023年上半年济南市生产总值为5841亿元，同比增长6.4%。\n\n" +
		"据青岛市政府新闻办发布会通报，上半年青岛全力推动经济运行持续向好。\n\n2023年上半年，全市生产总值7508.71亿元，同比增长6.2%。\n\n" +
		"根据此前公布的数据，今年上半年山东GDP超4.4万亿元，同比增长6.2%。\n"
	province := "河南上半年经济\n\n今年上半年，河南省GDP同比增长5.7%。\n\n其中，南阳2025年上半年GDP达2389.83亿元。其中，第二产业增加值780.67亿元，增长6.3%。\n\n" +
		"从总量看，郑州、洛阳、南阳GDP稳居全省前三，全省固定资产投资增长4.1%。\n"
	checkFields(t, []fieldCase{
		{text: twoCities, fig: "5841亿元", owner: "济南市"},
		{text: twoCities, fig: "7508.71亿元", owner: "青岛市"},
		{text: twoCities, fig: "6.2%", owner: "青岛市"},
		{text: twoCities, fig: "4.4万亿元", owner: "山东省"},
		{text: province, fig: "780.67亿元", owner: "南阳市"},
		{text: province, fig: "4.1%", owner: "河南省"},
	})
}

// A compared place owns the value written right after it (in brackets, or
// 平均 N 的水平), not the difference; a place above the article's ranking
// it is a scope, and the clauses after are the article's again.
func TestScopeValue(t *testing.T) {
	checkFields(t, []fieldCase{
		{region: "河南省", text: "今年上半年，河南省GDP同比增长5.7%，高于全国平均5.3%的水平。", fig: "5.3%", owner: "全国"},
		{region: "河南省", text: "今年上半年，河南省GDP同比增长5.7%，高于全国平均5.3%的水平。", fig: "5.7%", owner: "河南省"},
		{region: "山东省", text: "与全国相比，山东上半年GDP增速快于全国水平(5.5%)。", fig: "5.5%", owner: "全国"},
		{region: "焦作市", text: "1-11月，全市规模以上工业增加值同比增长5.2%，高于全省平均水平1.3个百分点。", fig: "1.3个百分点", owner: "焦作市"},
		{region: "攸县", text: "一是主特产业发展壮大。全省省级高新区排名再进位，居25位，获评省级绿色园区；“一主一特”产业链上企业分别达到42家、16家。", fig: "42家", owner: "攸县"},
	})
}

// A zone written after the subject's kind is the subject's, named in full;
// a short form of a place elsewhere run on into more name is a company's.
func TestZoneAndCompany(t *testing.T) {
	park := "云南牟定产业园区管委会挂牌成立，争取到位园区配套基础设施建设专债资金10亿元。湖南金荣集团等20户企业入驻园区投资兴业，园区10户规上企业实现工业总产值22.37亿元。"
	zone := "同时，该县坚持工业主导地位。县工业集中区新增规上企业2家，完成规模工业增加值11亿元；实现税收4600万元，其中，天津大桥税收过千万元、得意电子税收过500万元。"
	checkFields(t, []fieldCase{
		{region: "衡南县", text: zone, fig: "2家", owner: "衡南县工业集中区"},
		{region: "衡南县", text: zone, fig: "500万元", owner: "衡南县工业集中区"},
		{region: "攸县", text: "出栏生猪85万头，天心种业获评国家级非洲猪瘟无疫小区；新增“两品一标”6个。", fig: "6个", owner: "攸县"},
		// 园区 refers back to the zone named last, as written with its province
		{region: "牟定县", text: park, fig: "10亿元", owner: "牟定县"},
		{region: "牟定县", text: park, fig: "20户", owner: "牟定县"},
		{region: "牟定县", text: park, fig: "22.37亿元", owner: "云南牟定产业园区"},
	})
}

// A city's county domain (县域) is a region of its own: in the title, as
// 全市县域, and not the counties its brackets list.
func TestCountyDomain(t *testing.T) {
	text := "前三季度沈阳市县域经济运行情况\n\n前三季度，沈阳市县域地区(包含康平县、法库县、新民市)实现地区生产总值443.9亿元，同比增长3.7%。\n\n二、县域农业经济快速增长\n\n前三季度，全市县域地区实现农林牧渔业总产值219.4亿元，可比增长4.5%，高于全市0.3个百分点。\n"
	checkFields(t, []fieldCase{
		{text: text, fig: "443.9亿元", owner: "沈阳市县域"},
		{text: text, fig: "219.4亿元", owner: "沈阳市县域"},
		{text: text, fig: "0.3个百分点", owner: "沈阳市县域"},
	})
}
