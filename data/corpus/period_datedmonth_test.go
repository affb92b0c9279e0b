package corpus

import "testing"

// A month written right after its year is a period without a comma after
// it (财新, national release of 2021-12); a bare month must still open its
// clause.
func TestDatedMonthPeriod(t *testing.T) {
	cases := []struct {
		text, code string
	}{
		{"国家统计局1月17日发布的数据显示,2021年12月规模以上工业增加值同比实际增长4.3%,高于上月0.5个百分点", "M12"},
		{"随着保供稳价措施逐步落地,能源短缺对工业生产的限制减弱,2021年12月工业生产继续小幅加速。", "M12"},
		{"2023年6月30日,全县金融机构存款余额320亿元", ""},
		// a signing line and a speech's broken dateline are no periods
		{"巍山彝族回族自治县统计局\n(2022年2月)\n", ""},
		{"——2024年1月\n22日在西华县第十八届人民代表大会第三次会议上", ""},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.code {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.code)
		}
	}
}

// A month after 今年 or 去年 is dated as one after 2023年: 今年5月重点项目集
// 中开工 is May's, though no comma follows the month.
func TestRelativeDatedMonthPeriod(t *testing.T) {
	cases := []struct {
		text, code string
	}{
		{"今年5月全区重点项目集中开工,42个项目总投资381.6亿元。", "M5"},
		{"去年12月全县规模以上工业增加值增长6.1%", "M12"},
		{"今年5月10日,全区举行重点项目集中开工仪式", ""},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.code {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.code)
		}
	}
}

// Full-width digits (１—５月, ２０２２年) read as ASCII ones.
func TestFullWidthPeriods(t *testing.T) {
	if got := LastPeriod("１—５月,全县固定资产投资增长9.1%"); got != "M1-M5" {
		t.Errorf("１—５月 is %q, want M1-M5", got)
	}
	if got := LastPeriod("１１月份,全县规模以上工业增加值增长5.1%"); got != "M11" {
		t.Errorf("１１月份 is %q, want M11", got)
	}
	if got := firstYear("２０２２年上半年全县经济运行分析"); got != 2022 {
		t.Errorf("firstYear(２０２２年…) = %d, want 2022", got)
	}
}

// A quarter's end written with an Arabic digit is the month-end as with a
// Chinese numeral: 2季度末 is June's end.
func TestDigitQuarterEnd(t *testing.T) {
	if got := LastPeriod("2季度末,全县金融机构存款余额365.2亿元"); got != "M6E" {
		t.Errorf("2季度末 is %q, want M6E", got)
	}
}
