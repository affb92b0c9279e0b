package figure

import "testing"

// 截止二季度 counts from January to the end of June: the half to date.
func TestAsOfQuarterIsToDate(t *testing.T) {
	text := "工业运行分析\n截止二季度,全县规模以上工业企业继续保持快速增长态势,累计完成工业总产值22.02亿元,同比增长44.2%。\n"
	checkPeriods(t, []periodCase{
		{text, "22.02亿元", 0, "H1"},
		{text, "44.2%", 0, "H1"},
	})
}
