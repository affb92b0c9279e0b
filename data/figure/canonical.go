package figure

import "strings"

// synonyms rewrite the short or variant forms of indicator names to one
// spelling, longest first as written.
var synonyms = [][2]string{
	{"规模以上", "规上"},
	// 52户规上企业完成工业总产值: 规上 enterprises unqualified are
	// industry's (services write 规上服务业企业, trade 限上企业)
	{"规上企业", "规上工业企业"},
	{"规模工业", "规上工业"}, // 规模工业增加值: the 以上 left out
	{"GDP", "地区生产总值"},
	{"gdp", "地区生产总值"},
	{"经济总量", "地区生产总值"},
	{"地方生产总值", "地区生产总值"}, // 地方生产总值完成435.6亿元: the place's GDP, as work reports often write it
	{"经济增速", "地区生产总值增速"}, // 一季度我市经济增速居全省第2位: the GDP's
	{"经济增长速度", "地区生产总值增长速度"},
	{"第一产业", "一产"},
	{"第二产业", "二产"},
	{"第三产业", "三产"},
	{"一产业", "一产"}, // 一产业所占比重: the 第 left out
	{"二产业", "二产"},
	{"三产业", "三产"},
	{"固投", "固定资产投资"},
	{"生产总值", "地区生产总值"},
	{"地区地区生产总值", "地区生产总值"},
	{"全社会固定资产投资", "固定资产投资"},
	{"固定资产投资总额", "固定资产投资"},
	{"地方一般公共预算收入", "一般公共预算收入"},
	{"公共预算收入", "一般公共预算收入"},
	{"一般一般公共预算收入", "一般公共预算收入"},
	{"社会消费品零售总额", "社会消费品零售总额"},
	{"社消零", "社会消费品零售总额"},
	{"城镇新增就业", "新增就业"},
	// 城镇常住人口 and 城镇人口 are one count in a bulletin (户籍城镇人口 is
	// another), and their share of the resident population is the
	// urbanisation rate, 常住人口城镇化率
	{"城镇常住人口", "城镇人口"},
	{"城镇人口占常住人口比重", "常住人口城镇化率"},
	// 城镇户籍人口 and 户籍城镇人口: the registered urban population either way
	{"城镇户籍人口", "户籍城镇人口"},
	{"乡村户籍人口", "户籍乡村人口"},
	{"农村户籍人口", "户籍农村人口"},
	// 城乡居民可支配收入分别达到33810元、12403元: residents' income in 元 is
	// always the per-capita figure; no county publishes their total
	{"居民可支配收入", "居民人均可支配收入"},
	{"进出口总值", "进出口总额"},
	{"外贸进出口", "进出口总额"},
	{"实际利用外资", "实际使用外资"},
	{"粮食总产量", "粮食总产"},
	{"粮食产量", "粮食总产"},
	{"地区生产总值总量", "地区生产总值"}, // GDP总量, after GDP became 地区生产总值
	{"对经济增长的贡献率", "经济增长贡献率"},
	{"经济增长的贡献率", "经济增长贡献率"},
	{"对经济增长贡献率", "经济增长贡献率"},
	{"所占比重", "比重"},
	// 占全市生产总值比重 and 占生产总值比重: the whole is the place's own
	{"占全市", "占"},
	{"占全区", "占"},
	{"占全县", "占"},
	// 地区生产总值在全市占比 and 地区生产总值占全市比重: one share of the
	// place's own whole, written either way
	{"在全市占比", "占比"},
	{"在全区占比", "占比"},
	{"在全县占比", "占比"},
	{"占比重", "占比"},
	// 工业投资总量占固定资产投资比重 and 工业投资占固定资产投资比重;
	// 民营经济增加值占GDP比重 and 民营经济占GDP比重: a part's share of a
	// whole is of its total, and of its value added when the whole is GDP
	{"总量占", "占"},
	{"增加值占地区生产总值", "占地区生产总值"},
	// 装备制造业增加值占规上工业比重, 装备制造业占规上工业增加值比重: an
	// industry's share of 规上工业 is of its value added
	{"占规上工业增加值", "占规上工业"},
	{"增加值占规上工业", "占规上工业"},
	// 对全市经济贡献率 and 对经济贡献率: the whole a part contributes to is
	// the place's own, as with 占全市 (nameForms write it without)
	{"对全市", "对"},
	{"对全区", "对"},
	{"对全县", "对"},
	// 拉动全市GDP增长 and 拉动GDP上升: a pull is of the place's own whole too
	{"拉动全市", "拉动"},
	{"拉动全区", "拉动"},
	{"拉动全县", "拉动"},
	// 规上工业企业完成产值: industry's output is its enterprises'; statisticians
	// write 规上工业产值 and 规上工业企业产值 for one indicator
	// 股份制企业工业增加值 and 股份制企业增加值: a class of enterprises
	// broken out of industry's value added, written with 工业 or without
	{"企业工业增加值", "企业增加值"},
	{"企业工业总产值", "企业总产值"},
	{"工业企业总产值", "工业总产值"},
	{"工业企业产值", "工业产值"},
	{"工业企业增加值", "工业增加值"},
	{"总产值", "产值"}, // 农业总产值 and 农业产值 are one indicator
	// 产值同比增长的工业行业 and 产值增长的工业行业; 增长速度超过全区水平的行业
	// and 增速超过…: growth is year on year unless said otherwise, and 增速
	// is 增长速度 shortened
	{"同比", ""},
	{"增长速度", "增速"},
	// 化工行业产值 and 化工产值 (化工、医药、家居分别实现产值 after 钢铁行业产值):
	// an industry is named with 行业 or without
	{"行业产值", "产值"},
	{"行业增加值", "增加值"},
}

var punctuation = strings.NewReplacer("“", "", "”", "", "\"", "", "（", "", "）", "", "(", "", ")", "", "、", "", "·", "")

// sectorShares are the short forms of a sector's share (三产占比,
// 第三产业增加值比重): a sector's share is always of its value added in the
// place's GDP, the full form.
var sectorShares = map[string]string{
	"一产占比": "一产增加值占地区生产总值比重", "一产比重": "一产增加值占地区生产总值比重",
	"一产增加值占比": "一产增加值占地区生产总值比重", "一产增加值比重": "一产增加值占地区生产总值比重",
	"二产占比": "二产增加值占地区生产总值比重", "二产比重": "二产增加值占地区生产总值比重",
	"二产增加值占比": "二产增加值占地区生产总值比重", "二产增加值比重": "二产增加值占地区生产总值比重",
	"三产占比": "三产增加值占地区生产总值比重", "三产比重": "三产增加值占地区生产总值比重",
	"三产增加值占比": "三产增加值占地区生产总值比重", "三产增加值比重": "三产增加值占地区生产总值比重",
	// 第三产业占GDP比重: the whole written, the value added left out
	"一产占地区生产总值比重": "一产增加值占地区生产总值比重",
	"二产占地区生产总值比重": "二产增加值占地区生产总值比重",
	"三产占地区生产总值比重": "三产增加值占地区生产总值比重",
}

// rateSuffixes name the growth of an indicator; the indicator is the same.
var rateSuffixes = []string{"增长率", "增速", "增幅", "同比增长", "增长"}

// CanonicalName returns the form of an indicator name shared by all the
// names that mean the same: 规上工业增加值 and 规模以上工业增加值 both give
// 规上工业增加值; 地区生产总值增速 gives 地区生产总值; a derived 粮食总产
// (上年) gives 粮食总产. Use it to chart one indicator across articles and
// years.
func CanonicalName(name string) string {
	s := compact(WithoutYear(name))
	s = punctuation.Replace(s)
	for _, p := range synonyms {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	if whole, ok := sectorShares[s]; ok {
		s = whole
	}
	for _, suf := range rateSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	if t := strings.TrimSuffix(s, "行业"); runeLen(t) >= 2 {
		s = t // 电气行业 of 电气行业增加值, as 行业增加值 folds above
	}
	s = strings.TrimPrefix(s, "全年")
	s = strings.TrimPrefix(s, "全区")
	s = strings.TrimPrefix(s, "全市")
	return s
}
