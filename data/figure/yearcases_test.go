package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// yearCase pins the year and period of one figure of a real-form text read
// as a user's file: no catalogue, nothing told but the text.
type yearCase struct {
	text   string
	fig    string
	year   int // 0: no year
	period string
}

func checkYears(t *testing.T, cases []yearCase) {
	t.Helper()
	for _, c := range cases {
		a := corpus.Parse("user.txt", []byte(c.text))
		found := false
		for _, f := range Extract(a) {
			if f.Derived || f.Text != c.fig {
				continue
			}
			found = true
			got := 0
			if f.Year != nil {
				got = *f.Year
			}
			if got != c.year || f.Period != c.period {
				t.Errorf("%q: %s is %d %q, want %d %q", c.text, c.fig, got, f.Period, c.year, c.period)
			}
			break
		}
		if !found {
			t.Errorf("%q: no figure %s", c.text, c.fig)
		}
	}
}

// TestYearsFromText: the dateline and title date the report, not the
// figures of its first sentence; a base of comparison's own value is of
// the base's year.
func TestYearsFromText(t *testing.T) {
	const speech = "西华县2024年政府工作报告\n——2024年1月\n22日在西华县第十八届人民代表大会第三次会议上\n各位代表：\n" +
		"过去一年，全县地区生产总值完成320亿元，增长6.1%。规上工业企业达到126户，比2018年的14户增加112户。\n" +
		"今年全县预期目标是地区生产总值增长6.5%。\n"
	checkYears(t, []yearCase{
		{speech, "320亿元", 2023, ""},
		{speech, "14户", 2018, ""},
		{speech, "112户", 2023, ""},
		{speech, "6.5%", 2024, ""},
		{"汉滨区2025年政府工作报告\n2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n" +
			"一、过去一年工作回顾\n去年，我们实现地区生产总值440.5亿元、增长5.4%。\n", "440.5亿元", 2024, ""},
		{"海南省2010年政府工作报告\n——2010年1月25日在海南省第四届人民代表大会第三次会议上\n一、2009年工作回顾\n" +
			"地方一般预算收入178.2亿元，增长23%，占生产总值比重由上年的9.6%提高到10.8%。\n", "9.6%", 2008, ""},
		{"海南省2010年政府工作报告\n——2010年1月25日在海南省第四届人民代表大会第三次会议上\n一、2009年工作回顾\n" +
			"地方一般预算收入178.2亿元，增长23%，占生产总值比重由上年的9.6%提高到10.8%。\n", "10.8%", 2009, ""},
	})
}
