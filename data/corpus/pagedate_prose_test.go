package corpus

import "testing"

// A short release lies wholly in the lines where a page's date is looked
// for: a day its sentences speak of (截至2023年6月30日, 2017年10月1日起) is
// not the date the page was published, and a dateline still is.
func TestProseDayIsNoPageDate(t *testing.T) {
	cases := []struct {
		text string
		want Date
	}{
		{"1-2月,全区规模以上工业增加值同比下降7.0%。\n附注:\n(2)2017年10月1日起,执行新国民经济行业分类标准(GB/T4754-2017)。\n", Date{}},
		{"上半年,全县实现地区生产总值120.5亿元。截至2023年6月30日,全县金融机构存款余额350.2亿元。\n", Date{}},
		{"全县经济运行情况\n发布日期:2023年07月20日\n截至2023年6月30日,全县金融机构存款余额350.2亿元。\n", Date{Year: 2023, Month: 7, Day: 20}},
		{"全县经济运行情况\n截至2023年6月30日,全县金融机构存款余额350.2亿元。(2023年7月20日)\n", Date{Year: 2023, Month: 7, Day: 20}},
	}
	for _, c := range cases {
		if got := findDate([]byte(c.text)); got != c.want {
			t.Errorf("findDate(%.30q…) = %v, want %v", c.text, got, c.want)
		}
	}
}
