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
		{"某县2023年国民经济和社会发展统计公报\n全县规上工业企业达到126户，比2018年增加112户。\n自2018年以来，全县累计完成投资800亿元。全年固定资产投资增长10%。\n", "10%", 2023, ""},
		{"某县2023年国民经济和社会发展统计公报\n全县规上工业企业达到126户，比2018年增加112户。\n", "112户", 2023, ""},
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

// TestPeriodsFromText: a period holds for the figures it opens, not for a
// member of a list, not past a review's clause, not for a forecast of the
// year, and not when it is the base of a comparison.
func TestPeriodsFromText(t *testing.T) {
	const quarter = "湖北一季度经济运行\n一季度，全省GDP同比增长6.3%。规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%，分别高于全国1.6个、5.6个百分点。社会消费品零售总额、固定资产投资分别增长7.3%、6.6%。\n"
	const review = "龙华区二届人大四次会议开幕\n深圳新闻网2024年1月19日讯 区长代表区人民政府作政府工作报告。\n过去一年，龙华人接续奋斗。这一年，龙华经济实力实现历史性跃升，2023年1-11月，规模以上工业总产值达5534亿元，固定资产投资再破千亿大关；城区品质得到整体性提升，重点片区投资增长25.8%。\n"
	const shaanxi = "陕西一季度经济运行情况\n一季度实现生产总值857.43亿元，比上年同期增长12.1%。\n今年一季度陕西省经济运行的特点是农村经济起步良好。预计今年陕西省夏粮面积2053万亩，比上年略有减少。一季度果农对果业亩均生产投入73.6元。\n"
	const base = "滨海县2024年一季度经济运行分析\n一季度，全县地区生产总值85亿元，同比增长6.2%，增速较1-2月份提高0.5个百分点。\n"
	checkYears(t, []yearCase{
		{quarter, "13.8%", 0, "M1-M2"},
		{quarter, "7.3%", 0, "Q1"},
		{review, "5534亿元", 2023, "M1-M11"},
		{review, "25.8%", 2023, ""},
		{shaanxi, "2053万亩", 0, ""},
		{shaanxi, "73.6元", 0, "Q1"},
		{base, "0.5个百分点", 2024, "Q1"},
	})
}
