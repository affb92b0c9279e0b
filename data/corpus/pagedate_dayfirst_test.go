package corpus

import "testing"

// A page that prints its date day first (26.07.2016) dates its 今年 as well
// as one that prints it year first; a figure like 12.5 or a year-first date
// is not read so.
func TestDayFirstPageDate(t *testing.T) {
	cases := []struct {
		text string
		year int
	}{
		{"长沙县经济总量稳居全省县域第一 上半年地区生产总值同比增长10.3%\n\n26.07.2016  13:37\n    长沙县统计局日前公布上半年“成绩单”:今年1至6月,该县实现地区生产总值536.4亿元,同比增长10.3%,经济总量稳居全省县域第一。 \n", 2016},
		{"一季度东丰县经济实现跨越式发展\n中国网 china.com.cn 时间: 2011-04-15\n|\n截至3月末,全县地区生产总值实现19.5亿元,同比增长22.6%。\n", 2011},
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Date.Year != c.year {
			t.Errorf("Parse(%.30q…): date %+v, want year %d", c.text, a.Date, c.year)
		}
	}
}
