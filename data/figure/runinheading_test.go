package figure

import "testing"

// County bulletins open a paragraph with an unnumbered heading and a
// blank (财政收入 全年…, 粮食 全年…): the heading names the section, and
// the sentence after it says its own indicator.
func TestRunInHeadingIsNoPartOfTheName(t *testing.T) {
	cases := []struct{ text, number, name string }{
		{"一、综合\n财政收入 全年财政总收入47.36亿元,比上年增长15.48%。", "47.36亿元", "财政总收入"},
		{"二、农业\n粮食 全年农作物播种面积327.8万亩,比上年增长1.1%。", "327.8万亩", "农作物播种面积"},
		{"农产品 全年粮食播种面积182.2万亩。", "182.2万亩", "粮食播种面积"},
		{"工业生产 全年规模以上工业增加值增长5.2%。", "5.2%", "规模以上工业增加值"},
		// a blank inside a name, as PDF text has it, is no heading
		{"全年地区生产 总值363.92亿元。", "363.92亿元", "地区生产总值"},
	}
	for _, c := range cases {
		if got := nameOfText(Extract(testArticle(c.text, "", 0)), c.number); got != c.name {
			t.Errorf("%s: %s named %q, want %q", c.text, c.number, got, c.name)
		}
	}
}
