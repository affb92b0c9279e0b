package figure

import "testing"

// The bare area after a count of sites is the sites' (庆元县 2007 bulletin's
// environment section; county forestry news).
func TestAreaOfCount(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "县城空气质量全年符合Ⅰ级标准要求。全县有国家级自然保护区1个，面积10.8千公顷。", fig: "10.8千公顷", name: "国家级自然保护区面积"},
		{text: "全县共有省级森林公园3个，总面积2.1万亩。", fig: "2.1万亩", name: "省级森林公园总面积"},
		// a named area keeps its own name
		{text: "全县有国家级自然保护区1个，人工造林8911亩。", fig: "8911亩", name: "人工造林"},
	})
}
