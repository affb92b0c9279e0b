package figure

import "testing"

// The rate written right after a base period and its rate's name is the
// base's own: 增幅比1-4月增速12.3%涨幅仅0.3个百分点.
func TestBaseRateValuePeriod(t *testing.T) {
	text := "1-5月全县经济运行情况\n1-5月,全县经济运行保持平稳。\n一、工业增长放缓。完成规模以上工业增加值5.9亿元,增长12.6%,增幅比1-4月增速12.3%涨幅仅0.3个百分点。\n二、投资增速回升。完成投资额14.9亿元,增长23.4%,增幅比1-4月增速18%上升5.4个百分点。\n"
	checkPeriods(t, []periodCase{
		{text, "12.3%", 0, "M1-M4"},
		{text, "0.3个百分点", 0, "M1-M5"},
		{text, "18%", 0, "M1-M4"},
		{text, "5.4个百分点", 0, "M1-M5"},
		{text, "23.4%", 0, "M1-M5"},
	})
	for _, c := range []struct{ before, want string }{
		{"增速比上半年的", "H1"},
		{"增幅比1-4月增速", "M1-M4"},
		{"比一季度的增速", "Q1"},
		{"全县规上工业增加值增速", ""},
	} {
		if got, _ := baseValuePeriod(c.before); got != c.want {
			t.Errorf("baseValuePeriod(%q) = %q, want %q", c.before, got, c.want)
		}
	}
}
