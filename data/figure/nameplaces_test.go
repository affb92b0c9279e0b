package figure

import "testing"

// A round-up of a province's cities (贵州 前三季度市县经济, ZAKER 2021-11-13):
// listed places are the figures' regions and the indicator after them, or
// the paragraph's, is their name.
func TestNamesPlacesRoundup(t *testing.T) {
	const gz = "在经济总量方面,今年前三季度,贵阳地区生产总值为3102.44亿元,占全省的比重为22.2%;遵义地区生产总值3037.87亿元。毕节超过1500亿元,达到1585.86亿元;黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间,分别为1310.35、1098.90、1081.33、1050.40亿元。"
	const rates = "在同比增速方面。遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长11.7%、11.5%、11.3%,位居前列;铜仁、黔南、六盘水分别增长9.9%、9.8%、9.7%,排名居中。"
	checkFields(t, []fieldCase{
		{text: gz, fig: "1585.86亿元", name: "地区生产总值", owner: "毕节市"},
		{text: gz, fig: "1098.90", name: "地区生产总值", owner: "铜仁市"},
		{text: rates, fig: "11.5%", name: "地区生产总值", owner: "黔西南布依族苗族自治州"},
		{text: rates, fig: "9.8%", name: "地区生产总值", owner: "黔南布依族苗族自治州"},
	})
}
