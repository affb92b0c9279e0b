package figure

import "testing"

// A rank of a rate written with its comparison (同比增速位居…首位) ranks
// the indicator named before it, as a bare 增速 does: 同比 says how the rate
// is measured, not what is ranked (c17, 贵州 cities' Q1-Q3).
func TestRankOfComparedRate(t *testing.T) {
	const text = "贵州前三季度市县经济发展情况公布\n前三季度,遵义市地区生产总值突破 3000 亿元,同比增速位居全省首位。\n"
	figs := Extract(testArticle(text, "", 0))
	if got := nameOfText(figs, "首位"); got != "地区生产总值增速" {
		t.Errorf("首位 named %q, want 地区生产总值增速", got)
	}
}

// A rank of a bare 贡献率 ranks the contribution of the indicator before it
// (t04, 新郑市's work report).
func TestRankOfContribution(t *testing.T) {
	const text = "新郑市政府工作报告\n全年完成地区生产总值838.7亿元、增长5.1%,贡献率居郑州县(市)第2位;地方一般公共预算收入73.2亿元。\n"
	figs := Extract(testArticle(text, "", 0))
	if got := nameOfText(figs, "第2位"); got != "地区生产总值贡献率" {
		t.Errorf("第2位 named %q, want 地区生产总值贡献率", got)
	}
}
