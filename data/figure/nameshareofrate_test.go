package figure

import "testing"

// A share after a rank of a growth rate is the share of the amount, not of
// the rate (日照 县域 2018 前三季度: 增速居全省第2位，占全市生产总值比重达85.2%).
func TestShareAfterRateRank(t *testing.T) {
	const rizhao = "今年前三季度,县域实现生产总值1412亿元,同比增长8.2%,增速居全省第2位,占全市生产总值比重达85.2%;实现一般公共预算收入96亿元,比上年同口径增长19.3%,增速居全省第1位,占全市一般公共预算收入比重达78.4%。"
	checkFields(t, []fieldCase{
		{text: rizhao, fig: "85.2%", name: "生产总值占全市比重", kind: Share},
		{text: rizhao, fig: "78.4%", name: "一般公共预算收入占全市比重", kind: Share},
	})
}
