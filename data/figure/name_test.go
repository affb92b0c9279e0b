package figure

import "testing"

// Names of figures in real report sentences (from the development set and
// the reports issue 15 was found on), one case per rule of name.go's
// stages: the sentence, the figure, the name it must have.
func TestNames(t *testing.T) {
	checkFields(t, []fieldCase{
		// 汽车及零部件 is an industry, not a count of 0 部, and the figure
		// after it keeps its whole name
		{text: "汽车及零部件产业产值增长12.5%。", fig: "12.5%", name: "汽车及零部件产业产值", kind: Growth},
		// the rank takes the name of the indicator before it; 16个 is the
		// rank's scope, not a figure (TestNamedNumbers)
		{text: "2023年，全市地区生产总值完成2856.3亿元，同比增长5.2%，在全省16个地级市中排名第三。", fig: "第三", name: "地区生产总值", kind: Rank},
		{text: "上半年，郑州市实现地区生产总值7008.6亿元，按不变价格计算，同比增长6.3%，增速自2016年以来首次居全省第一，在中部六省省会城市中居第1位、国家中心城市中居第2位。", fig: "第一", name: "地区生产总值增速"},
		{text: "上半年，郑州市实现地区生产总值7008.6亿元，按不变价格计算，同比增长6.3%，增速自2016年以来首次居全省第一，在中部六省省会城市中居第1位、国家中心城市中居第2位。", fig: "第1位", name: "地区生产总值"},
		{text: "今年1—4月，全市GDP达1641.08亿元，同比增长9.0%，增幅继续列全省九设区市第一位。", fig: "第一位", name: "GDP增幅"},
		// a rank in a published ranking is named by the ranking
		{text: "荣登全国发展潜力百强县榜首，位居全国百强县投资潜力第3、新型城镇化质量第4。", fig: "第3", name: "全国百强县投资潜力"},
		// a generic rate refers back to the paragraph's indicator
		{text: "福州市第一季度固定资产投资完成1162.59亿元，增长23.5%。在全国27个省会城市中，增速排名第一。", fig: "第一", name: "固定资产投资增速"},
		// a subject listed before 分别 gives each number its member
		{text: "固定资产投资、社会消费品零售总额、全体居民人均可支配收入预计分别增长7.6%、8.5%、9.2%。", fig: "8.5%", name: "社会消费品零售总额"},
		{text: "城镇和农村居民人均可支配收入分别增长6%和7%左右。", fig: "7%", name: "农村居民人均可支配收入"},
		{text: "钢铁、化工、农副食品加工业增加值分别增长16.0%、18.2%、9.2%。", fig: "18.2%", name: "化工业增加值"},
		{text: "一般公共预算收入和支出分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%。", fig: "20.2亿元", name: "一般公共预算支出"},
		{text: "一般公共预算收入和支出分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%。", fig: "0.8%", name: "一般公共预算支出"},
		{text: "城乡居民人均可支配收入分别达31088元、13815元，分别增长4%、8.5%。", fig: "13815元", name: "农村居民人均可支配收入"},
		{text: "电子计算机整机、电子元件、光纤、锂电池产量分别增长35.4%、43.0%、40.1%、1.1倍。", fig: "1.1倍", name: "锂电池产量"},
		{text: "三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%。", fig: "56.5%", name: "第二产业对GDP增长的贡献率"},
		// 实现 between a subject and its indicator is no part of the name
		{text: "其中，第一产业实现增加值75.21亿元，增长3.8%。", fig: "75.21亿元", name: "第一产业增加值"},
		{text: "1-7月“一区八园”完成规模工业产值1082.9亿元，增长12.7%。", fig: "1082.9亿元", name: "一区八园规模工业产值"},
		// 负增长 is a growth verb: the fall keeps the name of the level before it
		{text: "一季度，全县实现地区生产总值86.3亿元，负增长3.1%；第二产业增加值31.2亿元，负增长6.4%。", fig: "3.1%", name: "地区生产总值", kind: Growth},
		{text: "一季度，全县实现地区生产总值86.3亿元，负增长3.1%；第二产业增加值31.2亿元，负增长6.4%。", fig: "6.4%", name: "第二产业增加值", kind: Growth},
		{text: "规模工业增加值负增长5.2%，总产值负增长4.8%。", fig: "5.2%", name: "规模工业增加值", kind: Growth},
		// 增产/减产 before a percentage make it the harvest's growth
		{text: "全年稻谷产量12.6万吨，增产1.8%；玉米产量3.4万吨，减产0.7%。", fig: "1.8%", name: "稻谷产量", kind: Growth},
		{text: "全年稻谷产量12.6万吨，增产1.8%；玉米产量3.4万吨，减产0.7%。", fig: "0.7%", name: "玉米产量", kind: Growth},
		{text: "全年油料产量1.25万吨，比上年增产3.0%。", fig: "3.0%", name: "油料产量", kind: Growth},
		// 占地区生产总值 is a share of the GDP, not 占地 (land taken)
		{text: "第二产业增加值占地区生产总值的比重为38.2%。", fig: "38.2%", name: "第二产业增加值占地区生产总值比重", kind: Share},
		{text: "项目占地面积120亩。", fig: "120亩", name: "项目占地面积"},
		// a listed share names each member with the whole; a contribution
		// with no subject written is each member's
		{text: "第一、二、三产业增加值占地区生产总值的比重分别为15.2%、36.4%和48.4%，对经济增长的贡献率分别为12.5%、40.1%和47.4%。", fig: "36.4%", name: "第二产业增加值占地区生产总值比重", kind: Share},
		{text: "第一、二、三产业增加值占地区生产总值的比重分别为15.2%、36.4%和48.4%，对经济增长的贡献率分别为12.5%、40.1%和47.4%。", fig: "47.4%", name: "第三产业对经济增长的贡献率", kind: Share},
		{text: "轻工业和重工业增加值分别增长6.2%和9.5%，对全市工业的贡献率分别为30.6%和69.4%。", fig: "69.4%", name: "重工业对工业的贡献率", kind: Share},
		{text: "高技术制造业增加值增长15.2%，占规上工业的比重为21.3%，对规上工业的贡献率为42.6%。", fig: "42.6%", name: "高技术制造业对规上工业的贡献率", kind: Share},
		// a verb that reaches a level (降低到) makes no growth of it; 首次 is no part of the name
		{text: "全县贫困发生率由3.2%降低到0.8%。", fig: "0.8%", name: "贫困发生率", kind: Share},
		{text: "全县规上工业总产值首次突破200亿元。", fig: "200亿元", name: "规上工业总产值"},
		// a note's mark [2] and how the figure was computed are no part of its name
		{text: "人均地区生产总值[1]初步核算为46318元，比上年增长5.1%。", fig: "46318元", name: "人均地区生产总值"},
		{text: "全年人均地区生产总值38620元，按年平均汇率计算为5742美元。", fig: "5742美元", name: "人均地区生产总值"},
		{text: "农林牧渔业可比价总产值完成96.2亿元，增长4.1%。", fig: "96.2亿元", name: "农林牧渔业总产值"},
		// 2022年末: the 末 belongs to the date
		{text: "2022年末全县户籍人口386215人，比上年末减少1862人。", fig: "386215人", name: "户籍人口"},
		// 减 alone is a short growth verb; 其他 and 共同 are no noise to strip
		{text: "油料产量12.4万吨，比上年减少0.6万吨，减4.6%。", fig: "4.6%", name: "油料产量", kind: Growth},
		{text: "批发零售业、住宿餐饮业和其他服务业分别增长6.1%、8.3%和5.2%。", fig: "5.2%", name: "其他服务业", kind: Growth},
		{text: "工业和建筑业分别增长6.2%和3.1%，共同拉动经济增长2.9个百分点。", fig: "2.9个百分点", name: "拉动经济"},
		// a peer's value in brackets is the same rate as the figure compared with it
		{text: "全县规模以上工业增加值同比增长6.8%（全市9.2%），较去年同期回落1.1个百分点。", fig: "9.2%", name: "规模以上工业增加值", kind: Growth},
		{text: "全县地区生产总值同比增长4.1%，较一季度(2.6%)回升1.5个百分点。", fig: "2.6%", name: "地区生产总值", kind: Growth},
		{text: "第三产业增加值占地区生产总值比重为48.6%（全省52.3%）。", fig: "52.3%", kind: Share},
		// a count right after another counts the same thing in another unit
		{text: "全年实现脱贫1320户4862人。", fig: "4862人", name: "脱贫", kind: Count},
		// a comparison after 的 is no part of the noun the share is of
		{text: "其中，占比41.2%的装备制造业同比增长9.6%。", fig: "41.2%", name: "装备制造业占比", kind: Share},
		// 收窄 is a change verb; 降幅 alone is the fall of the indicator before
		// it, or of the topic a clause announces with 方面; a total after an
		// indicator is its subject's
		{text: "固定资产投资下降12.4%，降幅比1-2月收窄6.3个百分点。", fig: "6.3个百分点", name: "固定资产投资降幅", kind: PPChange},
		{text: "其中，民间投资下降15.2%，收窄4.1个百分点。", fig: "4.1个百分点", name: "民间投资", kind: PPChange},
		{text: "规模工业增加值下降5.3%，总产值下降6.1%。", fig: "6.1%", name: "规模工业总产值", kind: Growth},
		{text: "全县经济持续恢复。地区生产总值方面，降幅较年初收窄9个百分点。", fig: "9个百分点", name: "地区生产总值降幅"},
		// an indicator written bare after another of a subject is the subject's
		{text: "全县农林牧渔业总产值48.6亿元，增长3.9%，增加值29.1亿元，增长4.0%。", fig: "29.1亿元", name: "农林牧渔业增加值"},
		// a bare zone ending stands for the report's own zone; 园区 opens names of its own
		{text: "1-8月，经开区规上工业总产值增长9.1%。", fig: "9.1%", name: "规上工业总产值"},
		{text: "园区规上工业总产值突破500亿元。", fig: "500亿元", name: "园区规上工业总产值"},
		// a bare number in 万 that measures people counts them
		{text: "全市人才总量突破120万。", fig: "120万", name: "人才总量", kind: Count},
		{text: "解决了2.3万农村人口安全饮水问题。", fig: "2.3万", kind: Count},
		{text: "全省地区生产总值达到1.3万亿。", fig: "1.3万亿", name: "地区生产总值", kind: Level},
		// 前三季度 before a rate is a time: the rate goes on the indicator before
		{text: "一季度全县地区生产总值增长6.1%，上半年增长6.8%，前三季度增长7.2%。", fig: "7.2%", name: "地区生产总值", kind: Growth},
		// households, then people, after 、
		{text: "全年发放城市低保2130户、3875人。", fig: "3875人", name: "发放城市低保", kind: Count},
		// the output after a sown area is the crop's
		{text: "完成粮食播种11.34万亩，总产量8287万斤。", fig: "8287万斤", name: "粮食总产量"},
	})
}

// TestNoCount: words with a numeral in them that count nothing.
func TestNoCount(t *testing.T) {
	for _, text := range []string{
		"汽车及零部件产业加快集聚。",
		"三次产业结构调整为20.67:45.34:33.99。",
	} {
		for _, f := range Extract(testArticle(text, "", 0)) {
			if f.Kind == Count {
				t.Errorf("%q: count %q (%s)", text, f.Text, f.Name)
			}
		}
	}
}

// A figure whose clause names nothing continues a subject named before it.
func TestNamesCarried(t *testing.T) {
	checkFields(t, []fieldCase{
		// the clause before names it (and says how it was computed)
		{text: "一季度，全省GDP按不变价格计算，同比增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点。", fig: "6.3%", name: "GDP"},
		{text: "全区居民消费价格涨幅平缓，同比上涨0.7%。", fig: "0.7%", name: "居民消费价格涨幅平缓"},
		// a sentence that opens with a comparison goes on about the
		// amount or growth of the sentence before
		{text: "我市地区生产总值完成36.9亿元，总量全市第3；按不变价格计算，同比增长6.3%，增速位居全市第3。较去年同期下降2.6个百分点。", fig: "2.6个百分点", name: "地区生产总值"},
		{text: "我市地区生产总值完成36.9亿元，总量全市第3；按不变价格计算，同比增长6.3%，增速位居全市第3。", fig: "6.3%", name: "地区生产总值"},
		{text: "我市地区生产总值完成36.9亿元，总量全市第3；按不变价格计算，同比增长6.3%，增速位居全市第3。", fig: "第3", nth: 1, name: "地区生产总值增速"},
		// an indicator's acronym glued to its value
		{text: "着力推动县域经济高质量发展，完成gdp113.8亿元，增长6.5%。", fig: "113.8亿元", name: "gdp"},
	})
}

// A rate with no owner in its clause is the rate of the amount or growth
// named before it.
func TestNamesRate(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全区农林牧渔业增加值同比增长7.9%，增速比一季度加快0.3个百分点。", fig: "0.3个百分点", name: "农林牧渔业增加值增速"},
		{text: "规上工业增加值27.3亿元，增长9%。增幅2-5月份分别为14.2%、13%、12.8%、12.7%。", fig: "13%", name: "规上工业增加值增幅"},
		// 以…的增速: who is ranked, by the growth of what was named
		{text: "第一季度，福州就以9.2%的GDP增速，居全省第一位。最新出炉的1—4月数据，福州继续以9.0%的增速排名第一。", fig: "9.0%", name: "GDP增速", kind: Growth},
		{text: "1—4月，福州全市固投完成1561.65亿元，增长20.5%。达到或超过20%的省会城市只有5个，其中，福州以23.5%的增速排名第一。", fig: "23.5%", name: "固投增速", kind: Growth},
	})
}

// Words that look like a comparison or a subject but are not.
func TestNamesNotComparison(t *testing.T) {
	checkFields(t, []fieldCase{
		// 可比 is comparable prices, not a comparison with 比
		{text: "农业总产值完成13.3亿元，按可比价计算增速为3.1%。", fig: "3.1%", name: "农业总产值增速", kind: Growth},
		{text: "前三季度，全市实现农林牧渔业总产值219.4亿元，可比增长4.5%。", fig: "4.5%", name: "农林牧渔业总产值"},
		// a count of deaths before the death rate does not eat its name
		{text: "全年死亡5388人，死亡率6.32‰。", fig: "6.32‰", name: "死亡率"},
		// 也 opens a clause about the same subject
		{text: "全省GDP按不变价格计算，同比增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点，也高于全国0.9个百分点。", fig: "0.9个百分点", name: "GDP"},
	})
}

// 居53位 is a place in a ranking, named by the clause before.
func TestNamesPlaceInRanking(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年地区生产总值增长1.2%；中部百强县排名再进位，居53位。", fig: "53位", name: "中部百强县排名", kind: Rank},
	})
}

// The group a rank was won in is its scope, not what is ranked.
func TestNamesRankGroup(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "在2023年度全市高质量发展综合考评中，我县获县(市)组第一名。", fig: "第一名", name: "高质量发展综合考评"},
		{text: "在全省营商环境评价中，该企业获企业组第二名。", fig: "第二名", name: "营商环境评价"},
	})
}

// Members of lists whose preamble or shape could mislead.
func TestNamesMembersShape(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "高端化绿色化智能化发展带动钢铁、化工、农副食品加工业增加值分别增长16.0%、18.2%、9.2%。", fig: "16.0%", name: "钢铁业增加值"},
		{text: "社会消费品零售总额、固定资产投资、出口额分别增长7.3%、6.6%、22.4%。", fig: "22.4%", name: "出口额"},
		{text: "其中，电气、计算机通信电子行业分别增长22.8%、19.3%。", fig: "22.8%", name: "电气行业"},
		{text: "全区居民人均可支配收入13536元，同比名义增长12.9%，扣除价格因素实际增长12.1%。", fig: "12.1%", name: "居民人均可支配收入"},
	})
}

// A heading "label | words" and adverbs before a rank.
func TestNamesHeadingRank(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "数字 | GDP增速，福州继续全省第一\n", fig: "第一", name: "GDP增速"},
	})
}

// An amount written before a production line or project is its capacity.
func TestNamesLineCapacity(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "目前，30万吨硫酸生产线技改项目已建成投产。", fig: "30万吨", name: "硫酸生产线产能", kind: Physical},
		{text: "年产5万吨饲料、3万吨有机肥生产线已开工建设。", fig: "3万吨", name: "有机肥生产线年产能", kind: Physical},
		{text: "年产5万吨饲料、3万吨有机肥生产线已开工建设。", fig: "5万吨", name: "饲料生产线年产能", kind: Physical},
		{text: "建成12万千瓦风电项目，并网发电。", fig: "12万千瓦", name: "建成风电项目", kind: Physical},
	})
}

// A share named by the bare word after a named share is that share for a
// part.
func TestNamesShareOfBreakdown(t *testing.T) {
	text := "1-5月，渭南市规模以上工业企业812户，实现盈利企业603户，比重为74.3%。其中：临渭区比重为80.2%，华州区71.5%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "80.2%", name: "盈利企业比重", kind: Share},
		{text: text, fig: "71.5%", name: "盈利企业比重", kind: Share},
	})
}

// A 分别 list of an attribute (产值, 增加值) is of the members the clause
// before lists, when they end alike.
func TestNamesMembersBefore(t *testing.T) {
	text := "前三季度，全县规模以上工业总产值增长8.2%。其中，食品制造业、纺织服装制造业、专用设备制造业增势较好，产值分别增长15.6%、12.1%、9.8%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "15.6%", name: "食品制造业产值", kind: Growth},
		{text: text, fig: "9.8%", name: "专用设备制造业产值", kind: Growth},
	})
}

// 按可比价 says how a growth was computed, 高出 compares it: neither names it.
func TestNamesMethodAndHigher(t *testing.T) {
	text := "一季度，全县地区生产总值完成86.4亿元，按可比价增长6.1%，高出全省平均水平0.8个百分点。"
	checkFields(t, []fieldCase{
		{text: text, fig: "6.1%", name: "地区生产总值", kind: Growth},
		{text: text, fig: "0.8个百分点", name: "地区生产总值", kind: PPChange},
	})
}

// A rate written again with no owner (6.8%的增幅) is the rate it repeats,
// and the changes said of it are its changes.
func TestNamesRepeatedRate(t *testing.T) {
	text := "上半年，全县地区生产总值完成120.5亿元，同比增长6.8%。\n专家认为，在外部压力下，6.8%的增幅虽较去年同期回落了0.5个百分点，但较一季度加快了0.4个百分点。"
	checkFields(t, []fieldCase{
		{text: text, fig: "6.8%", nth: 1, name: "地区生产总值增幅", kind: Growth},
		{text: text, fig: "0.5个百分点", name: "地区生产总值增幅", kind: PPChange},
		{text: text, fig: "0.4个百分点", name: "地区生产总值增幅", kind: PPChange},
	})
}

// 自然增幅 is the growth as it came, before adjustment: the revenue's.
func TestNamesNaturalGrowth(t *testing.T) {
	text := "全年一般公共预算收入5.2亿元，自然增幅3.1%，同口径增长7.4%。全年人口自然增长率2.3‰。"
	checkFields(t, []fieldCase{
		{text: text, fig: "3.1%", name: "一般公共预算收入增幅", kind: Growth},
		{text: text, fig: "2.3‰", name: "人口自然增长率", kind: Share},
	})
}

// A share spelled out and then named in brackets as a rate is known by the
// rate's name; the total and the remainder are still derived from it.
func TestNamesBracketedRate(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "年末全县常住人口31.6万人，其中城镇常住人口14.2万人，占全县常住人口的比重(常住人口城镇化率)为44.94%，比上年末提高1.05个百分点。", fig: "44.94%", name: "常住人口城镇化率", kind: Share},
		// a bracket that is no rate's name leaves the share as written
		{text: "其中城镇常住人口14.2万人，占全县常住人口的比重(含暂住人口)为44.94%。", fig: "44.94%", name: "城镇常住人口占全县常住人口比重", kind: Share},
	})
}

// A count of projects at a stage is named stage first.
func TestNamesProjectStage(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年实施重点项目86个，其中智能装备产业园等23个项目竣工投产。", fig: "23个", name: "竣工投产项目", kind: Count},
		{text: "全年实施重点项目86个，其中智能装备产业园等23个项目开工建设。", fig: "23个", name: "开工建设项目", kind: Count},
	})
}
