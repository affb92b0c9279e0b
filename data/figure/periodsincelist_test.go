package figure

import "testing"

// 5月份以来…分别为 with as many values as months from May to the release's
// November: each value is its month's reading to date when the list says
// 累计; a list that does not end at the release's month is left alone.
func TestSinceMonthList(t *testing.T) {
	text := "工业经济稳定恢复\n最新数据显示,今年前11个月,全国规模以上工业增加值同比增长3.8%。\n5月份以来,全国规模以上工业增加值累计同比增速分别为3.3%、3.4%、3.5%、3.6%、3.9%、4.0%、3.8%,呈现稳定恢复态势。\n"
	checkPeriods(t, []periodCase{
		{text, "3.3%", 0, "M1-M5"},
		{text, "3.4%", 0, "H1"},
		{text, "3.9%", 0, "Q1-Q3"},
		{text, "3.8%", 1, "M1-M11"},
	})
	short := "工业经济稳定恢复\n最新数据显示,今年前11个月,全国规模以上工业增加值同比增长3.8%。\n5月份以来,三大门类增加值增速分别为3.3%、3.4%、3.5%。\n"
	checkPeriods(t, []periodCase{
		{short, "3.3%", 0, "M1-M11"},
	})
}
