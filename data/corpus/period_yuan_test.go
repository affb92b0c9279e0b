package corpus

import "testing"

// 元 is January where it opens a span of months (c18: 元至九月 is the first
// three quarters) or stands as a month alone; after an amount it is yuan.
func TestYuanMonth(t *testing.T) {
	cases := []struct{ text, want string }{
		{"元至九月,全县完成生产总值56.7亿,增长7.5%;", "Q1-Q3"},
		{"今年元至5月,全县规模以上工业增加值增长8.2%。", "M1-M5"},
		{"元月份,全市居民消费价格上涨1.2%。", "M1"},
		{"2024年元月—6月,全县实现地区生产总值60.3亿元。", "H1"},
		// the yuan of an amount
		{"每户补贴3000元至9月底发放完毕。", "M9E"},
		{"出口总额1.2亿美元至9月份。", ""},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.want {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
