package figure

import "testing"

// A quarter of the unified GDP accounting is the span to its end; a later
// quarter of the sentence is the quarter alone (h01).
func TestAccountedQuarter(t *testing.T) {
	cases := []struct{ before, code, want string }{
		{"根据地区生产总值统一核算结果,", "Q2", "H1"},
		{"根据地区生产总值统一核算结果，", "Q3", "Q1-Q3"},
		{"根据地区生产总值统一核算结果,一季度全省实现地区生产总值7490.99亿元,", "Q1", "Q1"},
		{"根据地区生产总值统一核算结果,上半年全省地区生产总值增长5.5%,其中", "Q2", "Q2"},
		{"", "Q2", "Q2"},
	}
	for _, c := range cases {
		if got := accountedQuarter(c.before, c.code); got != c.want {
			t.Errorf("accountedQuarter(%q, %q) = %q, want %q", c.before, c.code, got, c.want)
		}
	}
}

// A figure in brackets right after a base period is that period's value.
func TestBracketedBase(t *testing.T) {
	cases := []struct {
		before, want string
		ok           bool
	}{
		{"二季度全县地区生产总值为1437936万元,按不变价格计算,比上年同期增长-8.7%,较一季度(", "Q1", true},
		{"增速比1-5月（", "M1-M5", true},
		{"全县规模以上工业增加值同比增长7.5%(", "", false}, // 全市's rate in brackets: no base period
		{"较上年同期(", "", false},
	}
	for _, c := range cases {
		got, ok := bracketedBase(c.before)
		if got != c.want || ok != c.ok {
			t.Errorf("bracketedBase(%q) = %q, %v; want %q, %v", c.before, got, ok, c.want, c.ok)
		}
	}
}

// 累计 after a month that no span of its paragraph goes with (本月 in a
// release of May) is the sum from January to that month.
func TestSumAfterTheMonthAlone(t *testing.T) {
	const release = "全县5月份经济运行简况\n\n5月份，全县规上工业增加值同比增长8.6%，1-5月累计增长7.2%。\n\n本月，全县社会消费品零售总额完成12.3亿元，同比增长6.1%；累计完成58.5亿元，增长5.8%。\n"
	checkYears(t, []yearCase{
		{release, "12.3亿元", 0, "M5"},
		{release, "58.5亿元", 0, "M1-M5"},
		{release, "5.8%", 0, "M1-M5"},
	})
}
