package figure

import "testing"

// TestAverageJudgmentName: the counties' rates after 高于全盟平均水平 are of
// the indicator the paragraph opens with, without its whole-scope 县域
// (兴安盟, n05).
func TestAverageJudgmentName(t *testing.T) {
	const xam = "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n"
	figs := Extract(testArticle(xam, "", 0))
	for _, c := range []struct{ text, want string }{
		{"30.2%", "县域规模以上工业增加值"},
		{"193.5%", "规模以上工业增加值"},
		{"37.6%", "规模以上工业增加值"},
	} {
		if got := nameOfText(figs, c.text); got != c.want {
			t.Errorf("%s named %q, want %q", c.text, got, c.want)
		}
	}
}
