package corpus

import "testing"

// A list of periods after one comparison word is a list of bases: none is
// the period described (h06, a 1-8月 analysis).
func TestListedBasesAreBases(t *testing.T) {
	cases := []struct{ text, want string }{
		{"1-8月,全市固定资产投资累计完成267.8亿元,增长20.1%,居全省第12位,增速分别较1-2月、1-3月、1-5月、1-6月和1-7月回落3.4、0.6、0.9、0.9和0.1个百分点", "M1-M8"},
		{"1-8月,全市实现社会消费品零售总额75.1亿元,增长13.1%,居全省第4位,增速较上月放缓0.1个百分点,高于去年同期0.6个百分点,分别较一季度、上半年回落1.4和0.1个百分点", "M1-M8"},
		{"增速比前三季度提高0.3个百分点", ""},              // not 三季度 inside the base
		{"较1-2月、一季度分别回落0.5、0.2个百分点", ""},      // a list across the forms of a period
		{"1-2月、一季度，全县规上工业增加值分别增长5%、6%", "Q1"}, // a list, but no base
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.want {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A base may name its year in words before its period: 比上年四季度 is a
// base as 比2022年四季度 is, and the figure keeps the period it describes.
func TestBaseWithYearInWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"一季度，全区地区生产总值同比增长5.1%，比上年四季度加快0.6个百分点", "Q1"},
		{"上半年，全县规上工业增加值增长7.2%，增速较去年上半年回落1.1个百分点", "H1"},
		{"三季度，全市居民消费价格同比上涨0.3%，比今年二季度回落0.2个百分点", "Q3"},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.want {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// 首10个月 is the first ten months, as 前10个月 is.
func TestFirstMonthsWrittenShou(t *testing.T) {
	cases := []struct{ text, want string }{
		{"今年首10个月，全市固定资产投资按年下降1.7%", "M1-M10"},
		{"首5个月，全省外贸进出口总值增长8.2%", "M1-M5"},
		{"前5个月，全省外贸进出口总值增长8.2%", "M1-M5"},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.want {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
