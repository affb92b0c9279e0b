package figure

import "testing"

// Quarters that share one 季度 (一、二季度) are each their own member of a
// 分别 list (国家统计局, 2024年上半年工业生产, as news).
func TestElidedQuartersList(t *testing.T) {
	const news = "上半年规模以上工业增加值增长6.0%\n国家统计局今日发布数据显示,上半年,全国规模以上工业增加值同比增长6.0%,其中一、二季度分别增长6.1%、5.9%,延续去年四季度以来较快增长态势。\n"
	checkYears(t, []yearCase{
		{news, "6.0%", 0, "H1"},
		{news, "6.1%", 0, "Q1"},
		{news, "5.9%", 0, "Q2"},
	})
	if codes, _ := elidedQuarters("分别比一、"); len(codes) != 1 || codes[0] != "Q1" {
		t.Errorf("一、 before 二季度: got %v", codes)
	}
	if codes, _ := elidedQuarters("增长6.1%、"); codes != nil {
		t.Errorf("a value is no quarter: got %v", codes)
	}
}
