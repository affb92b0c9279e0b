package figure

import "testing"

// Products named alone after a sentence opens on their output (a county's
// 1-10月 analysis; 涪陵's 前三季度 figures) are each the product's 产量,
// a one-character product (纱) too; who produces (县属企业) is no product.
func TestNamesProductOutput(t *testing.T) {
	const fuling = "多种主要工业产品产量大幅增长,其中:变压器累计实现2828.08万千伏安,增长44.9%;塑料制品446319吨,增长27.5%。"
	checkFields(t, []fieldCase{
		{text: "从主要工业品产量看,纱增长31.6%。", fig: "31.6%", name: "纱产量"},
		{text: "从主要工业产品产量看,精制茶增长23.9%,纱增长16.2%,粗钢增长1.4%。", fig: "23.9%", name: "精制茶产量"},
		{text: "从主要工业产品产量看,精制茶增长23.9%,纱增长16.2%,粗钢增长1.4%。", fig: "16.2%", name: "纱产量"},
		{text: fuling, fig: "2828.08万千伏安", name: "变压器产量"},
		{text: fuling, fig: "27.5%", name: "塑料制品产量"},
		{text: "分产品产量看,原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨,同比下降17.1%。", fig: "1094.2万吨", name: "县属企业"},
		// a one-character clause elsewhere still names nothing
		{text: "资增长8.3%。", fig: "8.3%", name: "∅"},
	})
}
