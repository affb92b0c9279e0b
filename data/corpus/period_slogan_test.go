package corpus

import "testing"

// A period inside quotation marks in a title or a lead names a campaign,
// not the part of the year the text covers.
func TestSloganPeriodIsNotTheArticles(t *testing.T) {
	speech := "在全县“奋战四季度、决胜全年红”工作推进会上的讲话\n同志们:\n今天,我们在这里召开全县“奋战四季度、决胜全年红”工作推进会,目的就是动员全县上下,在今年仅剩的80天时间里,进一步统一思想、锚定目标、加压奋进,确保圆满完成年度各项目标任务。\n一是经济增长的基础更加稳固。从数据上看,前三季度,全县实现地区生产总值485.6亿元,同比增长6.8%。\n"
	if a := Parse("t.txt", []byte(speech)); a.Period != "" {
		t.Errorf("campaign speech: period %q, want none", a.Period)
	}
	if got := titlePeriod("落实落细省、市关于稳增长、促消费、扩投资、促进上半年“双过半”各项政策措施"); got != "H1" {
		t.Errorf("period outside the quotes: %q, want H1", got)
	}
}

// A title opening with a bare month names the month's release, though a
// place stands between the month and the indicator.
func TestTitleOpeningWithAMonth(t *testing.T) {
	cases := []struct{ title, want string }{
		{"9月四川规上工业增加值同比增长5.6%", "M9"},
		{"5月份上海市工业经济形势平稳", "M5"},
		{"1-5月全市规模以上工业企业增加值增长26.9%", "M1-M5"},
	}
	for _, c := range cases {
		if got := titlePeriod(c.title); got != c.want {
			t.Errorf("titlePeriod(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	a := Parse("t.txt", []byte("9月四川规上工业增加值同比增长5.6%\n本报讯(四川日报全媒体记者 张彧希)省统计局10月28日发布的数据显示,9月,四川规模以上工业增加值同比增长5.6%,1—9月同比增长2.4%(以下增加值增速均为扣除价格因素的实际增长率)。\n"))
	if a.Period != "M9" {
		t.Errorf("release of September: period %q, want M9", a.Period)
	}
}

// A title reviewing one half and planning the next is of the half it
// reviews.
func TestTitleReviewBeforePlan(t *testing.T) {
	cases := []struct{ title, want string }{
		{"县发展和改革局2025年上半年工作总结及下半年工作计划", "H1"},
		{"上半年各项重点工作基本情况及下半年工作目标措施的调研报告", "H1"},
		{"县政府上半年工作总结及下半年工作安排", "H1"},
		{"在全县“奋战四季度、决胜全年红”工作推进会上的讲话", ""},
	}
	for _, c := range cases {
		if got := titlePeriod(c.title); got != c.want {
			t.Errorf("titlePeriod(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
