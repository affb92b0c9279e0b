package figure

import "testing"

// TestYearInABookTitle: a year inside a document's name (《…第十四个五年规划和
// 二〇三五年远景目标纲要(草案)》) names the document, not the time of the
// figures after it, wherever in the name it stands.
func TestYearInABookTitle(t *testing.T) {
	const jiangling = "各位代表:\n\n现在,我代表县人民政府,向大会报告工作,请连同《江陵县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》一并审议。全县地区生产总值完成150亿元,增长3.5%。\n"
	const arabic = "各位代表:\n\n现在,我代表县人民政府,向大会报告工作,请连同《江陵县国民经济和社会发展第十四个五年规划和2035年远景目标纲要(草案)》一并审议。全县地区生产总值完成150亿元,增长3.5%。\n"
	checkYears(t, []yearCase{
		{jiangling, "150亿元", 0, ""},
		{arabic, "3.5%", 0, ""},
	})
}
