package figure

import "testing"

// A sentence that opens with a bare rate word goes on about the rate of
// the indicator before it (f08, a 四川 city's 上半年 brief).
func TestNamesRateSentence(t *testing.T) {
	const f08 = "上半年全市实现地区生产总值(GDP)407.43亿元,增长13.3%,比上年同期提高3.9个百分点,比一季度提高0.1个百分点。增速继续保持全省第一,比第二位的泸州市(增12.1%)快1.2个百分点,比全国快6.3个百分点,比全省快5.3个百分点,高于年初目标4.8个百分点。"
	checkFields(t, []fieldCase{
		{text: f08, fig: "第一", name: "地区生产总值增速"},
		{text: f08, fig: "第二位", name: "地区生产总值增速"},
		{text: f08, fig: "12.1%", name: "地区生产总值"},
		{text: f08, fig: "1.2个百分点", name: "地区生产总值增速"},
		{text: f08, fig: "4.8个百分点", name: "地区生产总值增速"},
	})
}
