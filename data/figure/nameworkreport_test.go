package figure

import "testing"

// Work-report phrasing (陇县's 2019 report, 淇县's 2021 report): what a
// figure leaves out (剔除…不可比因素) is how it was computed, not its name; a
// pair of counts carried from one value to another (由13677户49479人减至
// 887户1472人) is one subject's in both units; an adverb (及时) and the verb
// after the counted people (发放) are no part of what is counted.
func TestNamesWorkReportPhrasing(t *testing.T) {
	const poor = "全县贫困人口由13677户49479人减至887户1472人,贫困发生率降至1%。"
	checkFields(t, []fieldCase{
		{text: "预计生产总值剔除秦源煤业闭井等不可比因素增长7.8%。", fig: "7.8%", name: "生产总值"},
		{text: poor, fig: "49479人", name: "贫困人口"},
		{text: poor, fig: "1472人", name: "贫困人口"},
		{text: "及时为2.7万名困难群众发放各类救助、补贴。", fig: "2.7万名", name: "困难群众"},
	})
}
