package figure

import "testing"

// The count of those a rank is among is no figure, and the rank ranks the
// words before the rank verb (c17 贵州 前三季度, a 2023 prefecture analysis).
func TestRankAmongCount(t *testing.T) {
	text := "该地区生产总值首次突破 3000 亿元,同比增长8.1%,同比增速位居 9 个市(州)首位。"
	for _, f := range Extract(testArticle(text, "", 0)) {
		if f.Text == "9 个" {
			t.Errorf("%q: the count ranked among is a figure", text)
		}
	}
	checkFields(t, []fieldCase{
		{text: text, fig: "首位", name: "地区生产总值增速", kind: Rank},
		{text: "1-9月,全市规模以上工业增加值增长8.2%,居全省14个市州第3位。", fig: "第3位", name: "规模以上工业增加值", kind: Rank},
	})
	for _, text := range []string{"上半年,地区生产总值、规上工业增加值、一般公共预算收入增速排名全省前3位。", "其中,增速前三位的电气机械和器材制造业增长21.9%。", "1-9月,全市规模以上工业增加值增长8.2%,居全省14个市州第3位。", "上半年,全县固定资产投资增长12.5%,排名全市12个县区前列。"} {
		for _, f := range Extract(testArticle(text, "", 0)) {
			if f.Kind == Count {
				t.Errorf("%q: %s is a figure", text, f.Text)
			}
		}
	}
}
