package figure

import (
	"strings"
	"testing"
)

// The figures in a bracket explaining a base period are the base's (c08);
// a bracket after a figure, or with no base period before it, is not.
func TestBaseBracketPeriod(t *testing.T) {
	cases := []struct {
		before, want string
		ok           bool
	}{
		{"与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距(增幅最高的浮山", "Q1", true},
		{"与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距(增幅最高的浮山92.2%与最低的汾西县", "Q1", true},
		{"较一季度(", "Q1", true},
		{"比一季度增长率差距(增幅最高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大", "", false},
		{"增速比上半年提高1.2个百分点(上半年增长", "", false},
		{"全县规模以上工业增加值同比增长7.5%(", "", false},
	}
	for _, c := range cases {
		got, ok := baseBracketPeriod(c.before)
		if got != c.want || ok != c.ok {
			t.Errorf("baseBracketPeriod(%q) = %q, %v; want %q, %v", c.before, got, ok, c.want, c.ok)
		}
	}
	const linfen = "临汾市上半年县域经济运行分析\n上半年全市多数县市经济呈两位数增长态势。增幅最低的是侯马市,同比增长1.3%,与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距(增幅最高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大6.8个百分点。\n"
	checkYears(t, []yearCase{
		{linfen, "92.2%", 0, "Q1"},
		{linfen, "89.6个百分点", 0, "Q1"},
		{linfen, "6.8个百分点", 0, "H1"},
	})
}

func TestLastFullParen(t *testing.T) {
	for _, s := range []string{"比一季度增长率差距（增幅最高的浮山", "无括号的句子", "（", "甲（乙（丙", "增长7.5%(全市"} {
		if got, want := lastFullParen(s), strings.LastIndex(s, "（"); got != want {
			t.Errorf("lastFullParen(%q) = %d, want %d", s, got, want)
		}
	}
}
