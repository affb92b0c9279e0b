package figure

import "testing"

// 其中当月 is an aside for its clause group: after the semicolon the half's
// figures go on. 完成市政府下达全年目标的59.2% is the half's share of the
// year's target.
func TestMonthAsideEndsAtSemicolon(t *testing.T) {
	text := "全市工业经济\n上半年,全市611户规模以上企业实现工业总产值736.7亿元,同比增长11.4%;规模以上工业增加值增长13%,全省排名第3位,其中当月工业增加值增长12%,高于全省平均水平3.3个百分点;工业对全市GDP贡献率突破72%;工业投资216.5亿元,居全省第5位,完成市政府下达全年目标的59.2%;更新改造投资144.3亿元,完成市政府下达全年目标的56.4%。\n"
	checkPeriods(t, []periodCase{
		{text, "12%", 0, "M6"},
		{text, "3.3个百分点", 0, "M6"},
		{text, "72%", 0, "H1"},
		{text, "216.5亿元", 0, "H1"},
		{text, "59.2%", 0, "H1"},
		{text, "144.3亿元", 0, "H1"},
	})
}
