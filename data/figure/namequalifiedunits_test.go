package figure

import "testing"

// Counts of units meeting a condition are labelled by the condition, then
// the unit (o07 成都, h07 宣州, d05 海南: three provinces write them so).
func TestQualifiedUnitsCount(t *testing.T) {
	for _, c := range []struct{ text, fig, want string }{
		{"成都市1-5月工业经济运行情况\n分行业看,1—5月份,全市37个工业行业大类中有20个行业增加值实现正增长,9个行业增加值保持两位数增长。\n", "9个", "增加值保持两位数增长的行业"},
		{"宣州区1-8月经济运行分析\n分行业看,31个大类行业中有15个实现正增长,13个行业增长速度超过全区水平。\n", "13个", "增长速度超过全区水平的行业"},
		{"海南省政府工作报告\n各市县成效显著,16个市县一般预算收入增速超过全省平均水平,14个市县一般预算收入过亿元。\n", "16个", "一般预算收入增速超过全省平均水平的市县"},
		{"上半年临汾县域经济发展情况浅析\n17个县(市、区)中,有13个县市增幅超过10%,6个县市增幅高于全市平均水平。\n", "6个", "增幅高于全市平均水平的县市"},
		{"海南省政府工作报告\n各市县在发展特色产业、项目推进、招商促销、改善民生等方面成效显著,14个市县一般预算收入过亿元,为全省保增长作出了重要贡献。\n", "14个", "一般预算收入过亿元的市县"},
	} {
		figs := Extract(testArticle(c.text, "", 0))
		if got := nameOfText(figs, c.fig); got != c.want {
			t.Errorf("%s named %q, want %q", c.fig, got, c.want)
		}
	}
}
