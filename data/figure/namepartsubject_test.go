package figure

import "testing"

// Holiday tourism news (旺苍县's 五一 summary, 四川's 春节 news): an income
// in a clause that opens with 实现 is the part's the clause before is about
// (红色旅游景区, 5A级旅游景区), not the whole's; 公共 holds no 共 of a total.
func TestNamesPartSubject(t *testing.T) {
	const wangcang = "其中,红色旅游景区共接待游客2.5371万人次,实现旅游综合收入659.646万元;非红色旅游景区共接待游客2.5029万人次,实现旅游综合收入953.154万元。"
	checkFields(t, []fieldCase{
		{text: wangcang, fig: "659.646万元", name: "红色旅游景区旅游综合收入"},
		{text: wangcang, fig: "953.154万元", name: "非红色旅游景区旅游综合收入"},
		{text: "在全年政策性减税减少一般公共预算收入1.3亿元的情况下,完成一般公共预算收入19.09亿元、增长6%。", fig: "19.09亿元", name: "一般公共预算收入"},
	})
}
