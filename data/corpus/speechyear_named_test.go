package corpus

import "testing"

// A lead naming the year of a work report that looks back (2022年，江门市政府
// 工作报告全面回顾了过去五年) tells the year the report is given: its review
// is of 2021. A year opening a plain review stays that year.
func TestYearOfANamedReport(t *testing.T) {
	cases := []struct {
		text string
		year int
	}{
		{"2022年,江门市政府工作报告全面回顾了过去五年的发展成就,并对未来五年的发展蓝图进行了展望。\n\n过去五年发展回顾\n\n地区生产总值预计突破3500亿元,年均增长6.1%;\n", 2021},
		{"2022年,江门市地区生产总值突破3500亿元,增长6.1%。\n", 2022},
	}
	for _, c := range cases {
		if got := Parse("t.txt", []byte(c.text)).Year; got != c.year {
			t.Errorf("Parse(%.30q…).Year = %d, want %d", c.text, got, c.year)
		}
	}
}
