package figure

import "testing"

// A town's own news names no county: a city or province it names in
// passing (东营, a village here; 江西, opening a firm's name) does not make
// the town unknown, so 全镇 and 该镇 are still the town's (河北 宁晋县's
// 贾家口镇 news, 2015; 江西 芦溪县's 宣风镇 projects, 2020). A town read
// inside a word (其中城镇人口: 中城镇) is still dropped.
func TestTownLeadsItsNews(t *testing.T) {
	checkRegions(t, []regionCase{
		{"village named like a city", "贾家口镇打造中国宜居宜业现代化城镇\n(记者李三虎)贾家口镇以“百日作风整顿”为抓手,全力打造中国宜居宜业现代化城镇。\n东营等4个省级面貌提升村,按15项实事要求,正在积极推进,预计年底完成。\n上经济做强城镇支撑。截至目前,全镇完成社会生产总值106亿元、固投24亿元、财税收入6925万元。\n",
			[][2]string{{"106亿元", "贾家口镇"}, {"6925万元", "贾家口镇"}}},
		{"a firm of the province", "今年以来,宣风镇制定并实施了2020年度全市重大产业项目时间倒排表。该镇确定的凤栖小镇核心区项目计划投资30亿元,截至5月,完成投资21亿元。江西德凯车灯有限公司新建100万套车灯项目已投产。截至目前,已签约的重大项目共5个,已完成投资27.5亿元。\n",
			[][2]string{{"21亿元", "宣风镇"}, {"27.5亿元", "宣风镇"}}},
		{"town inside a word", "2023年吉林省国民经济和社会发展统计公报\n年末全省总人口2339.4万人,其中城镇人口1495.2万人。\n",
			[][2]string{{"1495.2万人", "吉林省"}}},
	})
}
