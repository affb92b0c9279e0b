package figure

import "testing"

// A self word whose place the report never names (全省, 全市 in a county's
// note that calls itself 我县 only) owns its bracketed value: it is left
// empty, not given to 全国 written before it.
func TestRegionUnknownSelfWord(t *testing.T) {
	checkRegions(t, []regionCase{
		{"全省", "我县城镇居民收入有增长\n一季度,我县城乡居民收入快速增长,城镇居民收入在全市区县位次前移。抽样调查结果,一季度城镇居民人均可支配收入4894元(全国5963元、全省4881元、全市6351元),同比增长16.8%(全国7.1%、全省14.8%、全市16.4%)。", [][2]string{
			{"5963元", "全国"}, {"4881元", ""}, {"6351元", ""}, {"7.1%", "全国"}, {"14.8%", ""}, {"16.4%", ""},
		}},
	})
}
