package corpus

import "testing"

// A long paragraph of sentences is the body even when it names a byline
// or a word of page furniture: the county paper's item (c18) states its
// period after its byline, and the first paragraph is the report's.
func TestProseParagraphIsBody(t *testing.T) {
	cases := []struct {
		text   string
		period string
		body   bool // the first paragraph stays Body
	}{
		{"本报讯 (记者吴宏强通讯员秦家林) 前三季度,全县上下紧紧围绕“一城两基地三中心”发展定位,全面贯彻新发展理念,落实高质量发展要求,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,比拼赶超势头强劲,主要指标持续增长,经济社会发展呈现出稳中有进,稳中向好。\n\n元至九月,全县完成生产总值56.7亿,增长7.5%。三季度经济指标、项目拉练综合排名全市第四。\n", "Q1-Q3", true},
		{"土地面积939.9平方千米,常住人口65.56万人,户籍人口42.98万人。全年地区生产总值完成265.07亿元,比上年增长6.8%;来源地一般公共预算收入完成46.89亿元,与上年基本持平。\n", "", true},
		// a short byline line is still the page's
		{"本报讯(记者 张三)\n\n一季度,全县地区生产总值增长5.1%。\n", "Q1", false},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Period != c.period || (a.Paragraphs[0].Kind == Body) != c.body {
			t.Errorf("Parse(%.30q…): period %q, first paragraph %v; want %q, body %v", c.text, a.Period, a.Paragraphs[0].Kind, c.period, c.body)
		}
	}
}
