package figure

import "testing"

// 高达 and 多达 (as high as, as many as) stand between an indicator and
// its number as 达 does; 高 and 多 are no part of the name.
func TestHighAndManyAreLinkVerbs(t *testing.T) {
	cases := []struct{ text, number, name string }{
		{"全省夏粮总产量高达1.2亿斤,比上年增长3.1%。", "1.2亿斤", "夏粮总产量"},
		{"全县财政收入高达12.5亿元。", "12.5亿元", "财政收入"},
		{"全年接待游客多达356万人次。", "356万人次", "接待游客"},
		{"其中,金昌GDP增速最高达8.9%。", "8.9%", "GDP增速"},
	}
	for _, c := range cases {
		if got := nameOfText(Extract(testArticle(c.text, "", 0)), c.number); got != c.name {
			t.Errorf("%s: %s named %q, want %q", c.text, c.number, got, c.name)
		}
	}
}
