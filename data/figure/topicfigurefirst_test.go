package figure

import "testing"

// A paragraph whose first place comes after a figure (地区生产总值增长4.4%，
// 雅江增长5.5%) did not open on that place: the figure before it stays the
// article's. A date before the place (2023年，雅江县…) still opens on it.
func TestTopicNotAfterFigure(t *testing.T) {
	checkRegions(t, []regionCase{
		{"figure first", "甘孜州2023年县域经济\n\n地区生产总值增长4.4%,雅江增长5.5%。", [][2]string{
			{"4.4%", "甘孜藏族自治州"}, {"5.5%", "雅江县"},
		}},
		{"date first", "甘孜州2023年县域经济\n\n全州经济平稳。\n\n2023年,雅江县地区生产总值增长5.5%。全县粮食产量增长3%。", [][2]string{
			{"5.5%", "雅江县"}, {"3%", "雅江县"},
		}},
	})
}
