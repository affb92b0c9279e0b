package figure

import "testing"

// Two one-character members between a shared start and a shared end that
// opens on a grade mark (新乡's 2023 plan report: 金融机构存、贷款余额分别增长
// 8.8%、11.9%) are 金融机构存款余额 and 金融机构贷款余额.
func TestNamesGradedPair(t *testing.T) {
	const xinxiang = "规模以上工业增加值增长1%;金融机构存、贷款余额分别增长8.8%、11.9%。"
	checkFields(t, []fieldCase{
		{text: xinxiang, fig: "8.8%", name: "金融机构存款余额"},
		{text: xinxiang, fig: "11.9%", name: "金融机构贷款余额"},
	})
	if m := gradedPair("县城、乡镇污水处理率"); m != nil {
		t.Errorf("gradedPair(县城、乡镇…) = %v", m)
	}
}
