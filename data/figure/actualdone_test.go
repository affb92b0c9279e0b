package figure

import "testing"

// 实际完成投资 is the investment actually done: 完成 stays in the name (it
// had been cut to 实际投资, which reads as investment in real terms). From a
// city's news of its counties' first half (济宁).
func TestActualDoneKeepsVerb(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "重点项目1至6月份实际完成投资131.9亿元,占年度计划投资的55.4%。", fig: "131.9亿元", name: "重点项目实际完成投资"},
	})
}
