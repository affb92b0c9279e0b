package figure

import "testing"

// A month opened by 其中 is a part of the months before it for its clause
// group only: after ；the next indicator is the months' again, as after
// 其中当月.
func TestPartMonthEndsAtSemicolon(t *testing.T) {
	text := "旺苍县经济运行\n1-7月,全县规上工业增加值同比增长3.6%,其中,7月增长13.1%,增速居全市第3位;全县固定资产投资同比增长8.2%。\n"
	checkPeriods(t, []periodCase{
		{text, "3.6%", 0, "M1-M7"},
		{text, "13.1%", 0, "M7"},
		{text, "8.2%", 0, "M1-M7"},
	})
}
