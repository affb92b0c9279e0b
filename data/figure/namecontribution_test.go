package figure

import "testing"

// A contribution to growth keeps its part when a comparison follows it, and
// a bare 贡献率 after a part's pull is that part's (a 2023 city analysis).
func TestContributionNames(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "消费对经济增长的贡献率由去年的40%上升至63.2%。", fig: "63.2%", name: "消费对经济增长的贡献率", kind: Share},
		{text: "全年消费拉动经济增长3.1个百分点,贡献率达到58.6%。", fig: "58.6%", name: "消费对经济增长的贡献率", kind: Share},
	})
}
