package figure

import "testing"

// Work-report targets and reviews say a level holds on (继续保持, 持续稳定在,
// 继续控制在): the adverb is no part of the name.
func TestNamesSteadyAdverb(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "粮食产量继续保持500亿斤以上。", fig: "500亿斤", name: "粮食产量"},
		{text: "城镇登记失业率继续控制在3.5%以内。", fig: "3.5%", name: "城镇登记失业率"},
		{text: "森林覆盖率持续稳定在65%以上。", fig: "65%", name: "森林覆盖率"},
		{text: "常住人口数量继续保持全国第一位。", fig: "第一位", name: "常住人口数量"},
	})
}
