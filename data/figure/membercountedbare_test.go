package figure

import "testing"

// A list of points after a counted list of indicators, without 分别, is
// still one number per member in order: the count (三项) equals the
// numbers. From a city's first-quarter news (银川).
func TestMemberCountedCompared(t *testing.T) {
	const news = "地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一,高于年度预期目标2.1、6.3、11.2个百分点。"
	checkFields(t, []fieldCase{
		{text: news, fig: "2.1", name: "地区生产总值"},
		{text: news, fig: "6.3", name: "规模以上工业增加值"},
		{text: news, fig: "11.2个百分点", name: "一般公共预算收入"},
	})
}
