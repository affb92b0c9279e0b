package figure

import "testing"

// 两项指标分别… points back at the two indicators just named (甘肃's 国庆
// tourism figures): 两项 counts nothing new, and each growth after 分别 is
// its indicator's, in order.
func TestNamesBackReference(t *testing.T) {
	const gansu = "10月1日,全省接待国内外游客150.64万人次,实现旅游收入9.11亿元,两项指标分别比上年同期增长22%和23%。"
	checkFields(t, []fieldCase{
		{text: gansu, fig: "22%", name: "接待国内外游客"},
		{text: gansu, fig: "23%", name: "旅游收入"},
	})
	for _, f := range Extract(testArticle(gansu, "", 0)) {
		if f.Text == "两项" {
			t.Errorf("两项 is a figure: %+v", f)
		}
	}
}
