package figure

import "testing"

// A span of years opening its clause (近5年来, 五年来, “十四五”以来) ends the
// half or quarter a release describes; 今年 alone opening a clause speaks of
// the year; a span inside a clause (创近年来新高) does not.
func TestSpanOfYearsHasNoPeriod(t *testing.T) {
	checkYears(t, []yearCase{
		{text: "2023年前三季度全市工业运行情况\n前三季度,全市规模以上工业增加值同比增长6.2%。近5年来全市累计实施重大工业项目126项,总投资3280亿元。", fig: "126项", year: 2023, period: ""},
		{text: "2023年前三季度全市工业运行情况\n前三季度,全市规模以上工业增加值同比增长6.2%。“十四五”以来,全市新增规模以上工业企业312家。", fig: "312家", year: 2023, period: ""},
		{text: "2023年上半年全县经济运行情况\n上半年,全县地区生产总值增长5.1%,一产增加值增长3.8%,增速创近年来新高;二产增加值增长7.4%。", fig: "7.4%", year: 2023, period: "H1"},
		{text: "2023年上半年全县经济运行情况\n上半年,全县地区生产总值增长5.1%。今年,全县实施重点在建项目216个,其中产业项目98个。", fig: "98个", year: 2023, period: ""},
		{text: "2023年上半年全县经济运行情况\n今年以来,全县新增市场主体5620户。", fig: "5620户", year: 2023, period: "H1"},
	})
}

// spanOpensClause: 今年来 is no span; 过去五年来 is.
func TestSpanOpensClause(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"全县经济持续向好。过去五年来", true},
		{"全县经济持续向好。今年来", false},
		{"一产增加值增速创近年来", false},
		{"全市经济稳中有进。党的十八大以来", true},
	}
	for _, c := range cases {
		if got := lastSpanOfYears(c.s) >= 0; got != c.want {
			t.Errorf("lastSpanOfYears(%q) >= 0 is %v, want %v", c.s, got, c.want)
		}
	}
}
