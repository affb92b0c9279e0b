package corpus

import "testing"

// A title naming a 半年 report without 上 is of the first half: its
// figures are the half's, as those of a 上半年工作总结 are.
func TestHalfYearReportTitle(t *testing.T) {
	cases := []struct{ title, want string }{
		{"镇2016年半年工作总结", "H1"},
		{"XX镇2024年半年工作总结", "H1"},
		{"2023年半年度工作总结", "H1"},
		{"县统计局2022年半年经济运行情况", "H1"},
		{"近半年工作总结", ""},
		{"每半年工作总结一次", ""},
		{"2024年下半年工作总结", "H2"},
		{"半年来我县经济社会发展成效显著", ""},
	}
	for _, c := range cases {
		if got := titlePeriod(c.title); got != c.want {
			t.Errorf("titlePeriod(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	a := Parse("t.txt", []byte("镇2016年半年工作总结\n\n大力推进招商引资,引进外省企业1家,续建项目3家,到位资金6630万元;落实烤烟种植面积11500亩,种植早稻1.6万亩、油菜1.8万亩。\n"))
	if a.Period != "H1" || a.Year != 2016 {
		t.Errorf("half-year review: year %d period %q, want 2016 H1", a.Year, a.Period)
	}
}
