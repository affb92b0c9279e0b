package figure

import "testing"

// The value after a list of base periods and 的 is the last base's own.
func TestBaseListValuePeriod(t *testing.T) {
	text := "全市经济运行情况\n1-5月,全市社会消费品零售总额增长5.2%,增速高于全省0.3个百分点,并高于一季度及4月的4.8%。\n"
	checkPeriods(t, []periodCase{
		{text, "4.8%", 0, "M4"},
		{text, "5.2%", 0, "M1-M5"},
	})
	for _, c := range []struct{ before, want string }{
		{"并高于一季度及4月的", "M4"},
		{"比上半年和1-7月的", "M1-M7"},
		{"比上半年的", "H1"},
	} {
		if got, _ := baseValuePeriod(c.before); got != c.want {
			t.Errorf("baseValuePeriod(%q) = %q, want %q", c.before, got, c.want)
		}
	}
}
