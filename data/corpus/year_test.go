package corpus

import "testing"

func TestInferTime(t *testing.T) {
	cases := []struct {
		name, text   string
		date         string
		year         int
		period       string
		sectionYears []int
	}{
		{"bulletin title year", "平遥县2022年国民经济和社会发展统计公报\n\n全县地区生产总值完成125.6亿元。\n", "", 2022, "", nil},
		{"release with a period", "2024年上半年叶县经济运行情况\n\n上半年，全县地区生产总值增长5.1%。\n", "", 2024, "H1", nil},
		{"work report dateline", "政府工作报告\n\n——2024年1月22日在宿松县第十八届人民代表大会第三次会议上\n\n宿松县人民政府县长 王某\n\n一、2023年工作回顾\n\n过去一年，全县地区生产总值增长6%。\n\n二、2024年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n",
			"2024-01-22", 2023, "", []int{2023, 2024}},
		{"work report title year", "2024年叶县政府工作报告\n\n各位代表：\n\n过去一年，全县经济稳中向好。\n", "2024", 2023, "", nil},
		{"review headings without years", "政府工作报告\n\n——2025年1月10日在会上\n\n一、过去一年工作回顾\n\n地区生产总值增长5%。\n\n二、今年工作安排\n\n目标增长6%。\n",
			"2025-01-10", 2024, "", []int{2024, 2025}},
		{"no date at all", "全县经济稳中向好\n\n地区生产总值增长5%。\n", "", 0, "", nil},
		{"a date that is not one", "政府工作报告\n\n——2024年13月22日在县人民代表大会上\n\n过去一年…\n", "2024", 2023, "", nil},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Date.String() != c.date || a.Year != c.year || a.Period != c.period {
			t.Errorf("%s: date %q year %d period %q, want %q %d %q", c.name, a.Date, a.Year, a.Period, c.date, c.year, c.period)
		}
		var ys []int
		for _, s := range a.Sections {
			ys = append(ys, s.Year)
		}
		if len(ys) != len(c.sectionYears) {
			t.Errorf("%s: sections %v, want %v", c.name, ys, c.sectionYears)
			continue
		}
		for i := range ys {
			if ys[i] != c.sectionYears[i] {
				t.Errorf("%s: sections %v, want %v", c.name, ys, c.sectionYears)
			}
		}
	}
}
