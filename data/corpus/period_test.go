package corpus

import "testing"

func TestLastPeriod(t *testing.T) {
	cases := []struct{ text, want string }{
		{"一季度，全县地区生产总值完成56.2亿元", "Q1"},
		{"2024年上半年，全市规模以上工业增加值同比增长6.8%", "H1"},
		{"前三季度，全省居民人均可支配收入", "Q1-Q3"},
		{"1—5月，全县固定资产投资", "M1-M5"},
		{"1-2月，社会消费品零售总额", "M1-M2"},
		{"1月至11月份，全区固定资产投资增速达5.9%", "M1-M11"},
		{"一至三月，全县", "Q1"},
		{"截至3月末，金融机构人民币各项存款余额", "M3E"},
		{"截至11月底，全区7个省重点项目完成投资", "M11E"},
		{"前5个月，全县进出口总额", "M1-M5"},
		{"第四季度，全县", "Q4"},
		{"增速比一季度提高0.6个百分点", ""},      // a base of comparison
		{"较2023年上半年回落1.2个百分点", ""},   // a base, with its year
		{"2023年，全县地区生产总值增长5.2%", ""}, // a whole year
		{"12月末，全县金融机构存款余额", ""},      // the year's end: the whole year's stock
		{"上半年增长5%，下半年", "H2"},
		{"二季度末,生猪存栏71.5万头,同比增长9.4%", "M6E"},
		{"一季度末,全县金融机构存款余额", "M3E"},
		{"6月份,全市规模以上工业增加值同比增长9.1%", "M6"},
		{"规模工业增加值8月当月增长8.9%", "M8"},
		{"6月,全市居民消费价格同比上涨0.5%", "M6"},
		{"4月23日,记者从市统计局了解到", ""},    // a date
		{"截至6月份,全县存款余额", "M6E"},     // as of a month: its end
		{"截至12月份,全县存款余额", ""},       // the year's end
		{"3月以来,全县新增市场主体", ""},       // the start of a span
		{"比8月份提高0.3个百分点", ""},       // a base
		{"1-6月份,全县固定资产投资", "H1"},    // a span, not its last month
		{"首季,全县地区生产总值增长6.2%", "Q1"}, // the first quarter, as news writes it
		{"首季度全市规上工业增加值增长7.5%", "Q1"},
		{"前三季,全省居民人均可支配收入", "Q1-Q3"},
		{"今年头两个月,全县规上工业增加值", "M1-M2"},
	}
	for _, c := range cases {
		if got := LastPeriod(c.text); got != c.want {
			t.Errorf("LastPeriod(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func FuzzPeriods(f *testing.F) {
	for _, s := range []string{"1—5月", "前三季度", "3月末", "1月至11月份", "前12个月", "十二至十一月"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, p := range Periods(s) {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || p.Start < last {
				t.Fatalf("bad span %+v in %q", p, s)
			}
			last = p.Start
		}
	})
}

// One period, one code: 1-3月 and 一季度 are both the first quarter.
func TestCumulativeMonthsShareTheQuarterCode(t *testing.T) {
	cases := map[string]string{
		"1-3月份，全县规上工业增加值增长5%": "Q1",
		"1—6月，全市固定资产投资增长3.1%": "H1",
		"前9个月，社会消费品零售总额增长4%":  "Q1-Q3",
		"1-5月，一般公共预算收入增长2%":   "M1-M5",
		"4-5月，出口增长8%":         "M4-M5",
	}
	for text, want := range cases {
		if got := LastPeriod(text); got != want {
			t.Errorf("LastPeriod(%q) = %q, want %q", text, got, want)
		}
	}
	for code, want := range map[string]string{"M1-M3": "Q1", "M1-M6": "H1", "M1-M9": "Q1-Q3", "M1-M12": "", "M2-M3": "M2-M3", "H1": "H1", "M3E": "M3E"} {
		if got := CanonicalPeriod(code); got != want {
			t.Errorf("CanonicalPeriod(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestValidPeriod(t *testing.T) {
	for code, want := range map[string]bool{
		"Q1": true, "H2": true, "M6": true, "M12": true, "M13": false, "M0": false, "Q1-Q3": true, "M1-M5": true, "M3E": true, "M1-M12": true,
		"": false, "Q5": false, "M5-M1": false, "M12E": false, "M13E": false, "h1": false, "上半年": false, "M1-M5 ": false,
	} {
		if got := ValidPeriod(code); got != want {
			t.Errorf("ValidPeriod(%q) = %v, want %v", code, got, want)
		}
	}
}
