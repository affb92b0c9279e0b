package figure

import "testing"

// A rank right after a top-N list is the rank in that list (威远 2023 work
// report; 凤县 2011 news): named by the list, without holder, verb or year.
func TestRankInTopList(t *testing.T) {
	const weiyuan = "企业梯度培育体系更加完善,川威集团跻身2022年中国企业500强第322位、四川民营企业100强第4位,新增规模以上工业企业18户。"
	checkFields(t, []fieldCase{
		{text: weiyuan, fig: "第322位", name: "中国企业500强", kind: Rank},
		{text: weiyuan, fig: "第4位", name: "四川民营企业100强", kind: Rank},
		{text: "宝鸡市凤县首次跻身2011年全国西部百强县,排名第 93位。", fig: "第 93位", name: "全国西部百强县", kind: Rank},
		{text: "全县地区生产总值增速居全市第2位。", fig: "第2位", name: "地区生产总值增速", kind: Rank},
	})
}
