package figure

import "testing"

// TestYearOfADifferenceFromAQualifiedBase: 高于疫情前2019年0.4个百分点 is a
// difference of the release's own year from 2019, not 2019's value.
func TestYearOfADifferenceFromAQualifiedBase(t *testing.T) {
	const caixin = "国家统计局1月17日发布的数据显示,2021年12月规模以上工业增加值同比实际增长4.3%,高于上月0.5个百分点;比2019年同期增长11.9%,两年平均增长5.8%,高于疫情前2019年0.4个百分点。\n"
	checkYears(t, []yearCase{
		{caixin, "4.3%", 2021, "M12"},
		{caixin, "11.9%", 2021, "M12"},
		{caixin, "0.4个百分点", 2021, "M12"},
	})
}
