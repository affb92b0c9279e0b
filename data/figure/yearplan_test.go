package figure

import "testing"

// A five-year plan's end is a year: “十一五〞期末 is 2010, while the plan
// end a figure is compared with (是“十五〞期末的1.9倍) is a base (i06).
func TestPlanEndIn(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"“十一五〞期末,全区完成生产总值249.1亿元", 2010},
		{"“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍", 2010},
		{"到“十二五”末,全县地区生产总值达到120亿元", 2015},
		{"十三五末,全市常住人口城镇化率达到60%", 2020},
		{"“十一五〞期间共完成固定资产投资178亿元", 0}, // a span of five years
		{"全县生猪出栏52670头,增长6.8%", 0},
	}
	for _, c := range cases {
		if got, _ := planEndIn(c.text, 0, len(c.text)); got != c.want {
			t.Errorf("planEndIn(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
