package figure

import "testing"

// A rank shared by a list of indicators is one rank of them all (c14 苍梧县
// 2024 work report, b15 衡南县 2019 news, a 2023 county bulletin).
func TestRankedIndicatorList(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "这些主要经济指标中,第一产业增加值增速、农林牧渔业总产值增速、居民人均可支配收入、农村居民人均可支配收入增速在全市排第一。",
			fig: "第一", name: "第一产业增加值等四项指标增速排名", kind: Rank},
		{text: "2023年,全县地区生产总值、规上工业总产值、固定资产投资增速居全市第二位。",
			fig: "第二位", name: "地区生产总值、规上工业总产值、固定资产投资增速排名", kind: Rank},
		{text: "上半年,地方一般公共预算收入、规模工业增加值增速居全市七县(市)第二。",
			fig: "第二", name: "地方一般公共预算收入、规模工业增加值增速排名", kind: Rank},
		// the second rank is its own item's
		{text: "主要指标中,地区生产总值、规上工业增加值增速均居全市第一、固定资产投资增速居第二。",
			fig: "第一", name: "地区生产总值、规上工业增加值增速排名", kind: Rank},
	})
	for _, f := range Extract(testArticle("主要指标中,地区生产总值、规上工业增加值增速均居全市第一、固定资产投资增速居第二。", "", 0)) {
		if f.Text == "第二" && f.Name == "地区生产总值、规上工业增加值增速均居全市第一、固定资产投资增速排名" {
			t.Errorf("第二 ranks the list of the rank before")
		}
	}
}
