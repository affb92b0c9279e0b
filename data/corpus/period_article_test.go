package corpus

import "testing"

// A statistical bulletin reviews the whole year of its title: a period its
// lead mentions on the way is not the bulletin's, and a figure that writes
// none (人均地区生产总值38214元) is of the whole year.
func TestBulletinIsOfTheWholeYear(t *testing.T) {
	cases := []struct {
		text   string
		period string
		year   int
	}{
		{"2019年交城县国民经济和社会发展统计公报\n2019年,交城县委、县政府团结带领全县人民坚持稳中求进工作总基调,全县经济运行扭转了2018年第四季度以来增速持续减缓的局面,从上半年开始,主要经济指标逐月回升、逐季向好,增长潜力不断释放。\n一、综 合\n人均地区生产总值38214元,按2019年平均汇率计算为5686美元。\n", "", 2019},
		// the heading spaced out as on the page
		{"2019 年 交 城 县 国 民 经 济 和 社 会 发 展 统 计 公 报\n2019年,全县经济运行扭转了2018年第四季度以来增速持续减缓的局面,从上半年开始,主要经济指标逐月回升。\n", "", 2019},
		// a title that names the part of the year keeps it
		{"2023年一季度某县统计公报\n一季度,全县经济运行稳中向好。\n", "Q1", 2023},
		// a release that is no bulletin keeps its lead's period
		{"某县经济运行情况\n今年上半年,全县经济运行稳中向好,主要经济指标逐月回升。\n", "H1", 0},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Period != c.period || a.Year != c.year {
			t.Errorf("Parse(%.30q…): period %q year %d, want %q %d", c.text, a.Period, a.Year, c.period, c.year)
		}
	}
}

// A speech opening on its year (今年以来，…) quotes the months its
// statistics have (1-11月) without making them its period; one whose first
// sentence opens with its period (今年上半年，…) reviews that part. A
// speech is known by its title, its subtitle or its address (同志们：);
// news of the year's economic work conference reports one.
func TestSpeechLeadPeriod(t *testing.T) {
	cases := []struct {
		text   string
		period string
		speech bool
	}{
		{"在全市经济工作会议上的讲话\n\n同志们：\n\n今年以来，全市经济运行稳中有进，1-11月，全市规上工业增加值增长8.5%，固定资产投资增长10.2%。\n", "", true},
		{"在全县经济运行调度会上的讲话\n\n今年上半年，全县经济运行稳中向好，地区生产总值增长6.1%。\n", "H1", true},
		{"凝心聚力 奋勇争先\n\n同志们：\n\n今年以来，全县经济运行稳中有进，1-10月，全县规上工业增加值增长8.5%。\n", "", true},
		{"全县经济工作会议召开\n\n12月26日，全县经济工作会议召开。县委书记在会上指出，今年1-11月，全县规上工业增加值增长8.5%，固定资产投资增长10.2%。\n", "", true},
		{"某县经济运行情况\n\n今年以来，全县经济运行稳中有进，1-11月，全县规上工业增加值增长8.5%。\n", "M1-M11", false},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Period != c.period || a.Speech() != c.speech {
			t.Errorf("Parse(%.30q…): period %q speech %v, want %q %v", c.text, a.Period, a.Speech(), c.period, c.speech)
		}
	}
}
