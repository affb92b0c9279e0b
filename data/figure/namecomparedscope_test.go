package figure

import "testing"

// A value in brackets after the level compared with is the indicator's
// there, and the rank after ranks the indicator (a 2015 prefecture's 上半年
// news).
func TestComparedScopeName(t *testing.T) {
	text := "全市生产总值(GDP)440.26亿元,增长8.4%,增速同比提高0.8个百分点,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位。"
	checkFields(t, []fieldCase{
		{text: text, fig: "7.0%", name: "生产总值", kind: Growth},
		{text: text, fig: "1.4个百分点", name: "生产总值", kind: PPChange},
		{text: text, fig: "第3位", name: "生产总值增幅", kind: Rank},
	})
}
