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
