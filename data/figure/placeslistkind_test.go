package figure

import "testing"

// 伊宁 names both 伊宁市 and 伊宁县; a list counted as 两县 names the
// county, one counted as 两市 the city.
func TestListKindSettlesSharedShort(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "两县",
		text: "伊犁州上半年经济运行情况\n伊宁、霍城两县农村居民人均可支配收入分别增长7.1%和6.8%。\n",
		want: [][2]string{{"7.1%", "伊宁县"}, {"6.8%", "霍城县"}},
	}, {
		name: "两市",
		text: "伊犁州上半年经济运行情况\n伊宁、霍尔果斯两市城镇居民人均可支配收入分别增长5.2%和5.9%。\n",
		want: [][2]string{{"5.2%", "伊宁市"}, {"5.9%", "霍尔果斯市"}},
	}})
}
