package figure

import "testing"

// The towns of a list each own their value; the figures of the sentence
// after are not the list's last town's (苏州 吴江区's key projects, 2025).
func TestTownListNotStory(t *testing.T) {
	checkRegions(t, []regionCase{
		{"departments after a town list", "截至8月底已完成投资487.68亿元,完成年度计划的77.53%。\n区镇方面,各板块完成情况均超序时进度,桃源镇、震泽镇、平望镇、七都镇进展较好,分别完成年度计划的116.24%、100.06%、91.12%和91.12%。部门方面,区科技局和水务局进展较好,分别完成年度计划的145%和100%。\n",
			[][2]string{{"116.24%", "桃源镇"}, {"100.06%", "震泽镇"}, {"145%", ""}}},
	})
}
