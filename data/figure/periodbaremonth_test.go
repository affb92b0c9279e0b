package figure

import "testing"

// The value after a base month and 的 is that month's (海关, 5月出口, as
// news): 并高于4月的1.5%.
func TestBareBaseMonth(t *testing.T) {
	const news = "中国5月出口增长7.6%\n中国海关总署公布,以美元计价,中国5月进出口5220.7亿元,按年增长5.1%。其中出口3023.5亿元,增长7.6%,高于市场预期增长5.7%,并高于4月的1.5%。\n"
	checkYears(t, []yearCase{
		{news, "5220.7亿元", 0, "M5"},
		{news, "1.5%", 0, "M4"},
	})
	for s, want := range map[string]string{"4月": "M4", "十一月份": "M11", "4": "", "上月": "", "13月": ""} {
		if got, _ := bareMonth(s); got != want {
			t.Errorf("bareMonth(%q) = %q, want %q", s, got, want)
		}
	}
}
