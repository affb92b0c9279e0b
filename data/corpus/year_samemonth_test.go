package corpus

import "testing"

// A page dated in the month a period ends reports that period of its own
// year: 截止8月底 on a page of 2024-08-30 is August 2024, not 2023 (a county
// statistics bureau's project news); 四季度 on a page of December is that
// year's fourth quarter.
func TestPeriodEndingInDateMonth(t *testing.T) {
	const news = "信息来源:县统计局 发布时间:2024-08-30 08:37\n\n" +
		"前二季度全县开工动员重点项目共67个,截止8月底,已开工54个,开工率80.6%。\n"
	a := Parse("t.txt", []byte(news))
	cases := []struct {
		period string
		want   int
	}{
		{"M8E", 2024},   // 截止8月底, the page's own month
		{"M1-M7", 2024}, // ended before the page's month
		{"M1-M9", 2023}, // not over yet in August: the year before
		{"Q4", 2023},
	}
	for _, c := range cases {
		if y := a.YearOf(c.period); y != c.want {
			t.Errorf("YearOf(%q) on a page of %s: %d, want %d", c.period, a.Date, y, c.want)
		}
	}
	dec := Parse("t.txt", []byte("发布时间:2023-12-28\n\n四季度以来,全县新签约项目12个。\n"))
	if y := dec.YearOf("Q4"); y != 2023 {
		t.Errorf("四季度 on a page of December: %d, want 2023", y)
	}
}
