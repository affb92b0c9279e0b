package figure

import "testing"

// An indicator measured with a factor taken out (剔除一次性特殊收入因素影响)
// is still the indicator (c05 龙井市 2026 work-report news).
func TestExclusionWithEffect(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全市地区生产总值同比增长7%,一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%。", fig: "2.7%", name: "一般公共预算收入", kind: Growth},
	})
}
