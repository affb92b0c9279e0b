package figure

import "testing"

// The economy's growth is the growth of 地区生产总值 (work reports' targets,
// analyses' openings).
func TestEconomyGrowth(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2024年全县经济社会发展的主要预期目标是:经济增长6%左右,一般公共预算收入增长5%。", fig: "6%", name: "地区生产总值", kind: Growth},
		{text: "上半年,全市经济增长5.8%,高于全省0.3个百分点。", fig: "5.8%", name: "地区生产总值", kind: Growth},
		{text: "上半年,全市经济增长5.8%,高于全省0.3个百分点。", fig: "0.3个百分点", name: "地区生产总值", kind: PPChange},
	})
}
