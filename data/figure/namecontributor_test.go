package figure

import "testing"

// The counties that contribute to the city's growth are the figures'
// regions, not part of the label: 县市区对全市经济贡献率 is 对经济贡献率
// (对全市 is written without the whole, as 占全市 is). From a city's news
// of its counties' first half (临汾, 2010).
func TestContributorNotInName(t *testing.T) {
	const news = "上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)。以上7个县(市、区)对全市经济贡献率达到76.8%,拉动GDP上升19.4个百分点。"
	checkFields(t, []fieldCase{
		{text: news, fig: "23.9%", name: "对经济贡献率"},
		{text: news, fig: "76.8%", name: "对经济贡献率"},
	})
	for _, c := range [][2]string{{"县市区对经济贡献率", "对经济贡献率"}, {"县拉动GDP", "拉动GDP"}, {"县区财政收入", "县区财政收入"}} {
		if got := dropContributor(c[0]); got != c[1] {
			t.Errorf("dropContributor(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
