package figure

import "testing"

// The points after a rank compare the rate just ranked: the figure is named
// by the rank's indicator (it had been left unnamed, a rank being no figure
// a name is carried from). From a city's first-quarter news (银川).
func TestRateBesideRank(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "一季度,固定资产投资增速居全区第二,高于年度预期目标13个百分点,创近年来最好水平。", fig: "13个百分点", name: "固定资产投资增速"},
		{text: "一季度,固定资产投资增速居全区第二,高于全区平均水平1.3个百分点。", fig: "1.3个百分点", name: "固定资产投资增速"},
	})
}
