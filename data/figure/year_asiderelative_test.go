package figure

import "testing"

// A relative year inside a bracketed aside (（上年同期为4.2%）) is the aside's
// own: the clauses after the bracket are the text's year again, as a year
// written in digits inside a bracket is (15家(2022年新增9家)).
func TestBracketedRelativeYearIsAside(t *testing.T) {
	const text = "全县经济运行情况\n2024年上半年,全县规上工业增加值增长6.1%(上年同期为4.2%),固定资产投资增长8.3%,上年同期增长5.5%。\n"
	checkYears(t, []yearCase{
		{text, "6.1%", 2024, "H1"},
		{text, "4.2%", 2023, "H1"},
		{text, "8.3%", 2024, "H1"},
		{text, "5.5%", 2023, "H1"},
	})
}
