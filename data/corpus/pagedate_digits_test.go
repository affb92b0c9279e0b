package corpus

import "testing"

// Some sites print the labelled page date as eight digits
// (发布时间:20230920); a longer run of digits is no date.
func TestLabelledDigitsDate(t *testing.T) {
	const body = "\n\n1至8月,全县规模以上工业增加值同比增长8.1%,固定资产投资同比增长10.2%。\n"
	cases := []struct{ text, date string }{
		{"沈丘县前8个月经济运行情况\n发布时间:20230920  来源:县统计局" + body, "2023-09-20"},
		{"沈丘县前8个月经济运行情况\n发布日期：20230920" + body, "2023-09-20"},
		{"沈丘县前8个月经济运行情况\n发布时间:2023092012  来源:县统计局" + body, ""},
	}
	for _, c := range cases {
		if got := Parse("t.txt", []byte(c.text)).Date.String(); got != c.date {
			t.Errorf("%q: date %q, want %q", c.text, got, c.date)
		}
	}
}
