package figure

import "testing"

// Vocabulary that names figures of ordinary reports: a price basis with
// its year is method, not name (g01, 巍山); a hedge after each number of a
// list does not end the list (g04, 福建); a one-character member shares
// the last member's mark (进、出口).
func TestNamesVocabulary(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "初步核算,2021年全县地区生产总值(GDP)完成1017805万元,按2020年不变价格计算比上年(以下简称同比)增长9.4%,其中:第一产业增加值343046万元,同比增长8.6%。", fig: "9.4%", name: "地区生产总值"},
		{text: "城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右,城镇调查失业率5.1%左右。", fig: "7.6%", name: "农村居民人均可支配收入", kind: Growth},
		{text: "进、出口总额分别增长5.0%和6.0%。", fig: "5.0%", name: "进口总额"},
	})
}

// 经济增速 is the growth of 地区生产总值 (g06, 仙桃: 一季度我市经济增速居全省第2位).
func TestCanonicalEconomyRate(t *testing.T) {
	if a, b := CanonicalName("经济增速"), CanonicalName("地区生产总值增速"); a != b {
		t.Errorf("经济增速 → %q, 地区生产总值增速 → %q", a, b)
	}
}

// 涨幅 is a rate word like 增幅 (济源 1-5月: 涨幅较1-4月扩大1.1个百分点).
func TestNamesRiseWord(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-5月,全市社会消费品零售总额实现81.7亿元,同比增长3.9%,涨幅较1-4月扩大1.1个百分点。", fig: "1.1个百分点", name: "社会消费品零售总额涨幅"},
	})
}

// A share whose part and whole end in the same indicator keeps the whole
// without it rather than losing the whole (高新技术产业增加值占规上工业增加值
// 的比重 is 19 characters).
func TestNamesShareOfWhole(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "其中,高新技术产业增加值占规上工业增加值的比重为45.6%,比上年提高2.3个百分点。", fig: "45.6%", name: "高新技术产业增加值占规上工业比重"},
	})
}

// A numbered heading on its own line ends the clause before the figure's
// words (颍东区 2022 bulletin: 二、农  业\n全年粮食作物播种面积132.5万亩).
func TestNamesAfterHeading(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "颍东区2022年国民经济和社会发展统计公报\n二、农  业\n全年粮食作物播种面积132.5万亩,比上年增加0.3万亩。", fig: "132.5万亩", name: "粮食作物播种面积"},
		{text: "全区经济运行总体平稳\n（三）固定资产投资\n全年固定资产投资增长8.5%。", fig: "8.5%", name: "固定资产投资"},
	})
}
