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
		{"quarter news after the quarter", "辽宁一季度GDP增长4.7%\n\n2023-04-20 16:29:02来源:新华财经\n\n一季度，辽宁省地区生产总值6661.4亿元，同比增长4.7%。\n", "2023-04-20", 2023, "Q1", nil},
		{"whole-year news in spring", "全县经济稳中向好\n\n2023-03-02 来源:县融媒体中心\n\n全县地区生产总值增长5%。\n", "2023-03-02", 2022, "", nil},
		{"year written with the lead's period", "今年上半年,广西经济运行延续恢复向好态势\n\n人民网南宁7月21日电 7月20日下午，自治区政府新闻办公室举行2021年上半年广西经济运行情况新闻发布会。\n\n上半年全区生产总值同比增长12.0%，比2019年上半年增长6.3%。\n", "", 2021, "H1", nil},
		{"a base year with the period is not the year", "上半年全区经济运行\n\n\n\n上半年全区生产总值增长12.0%，比2019年上半年增长6.3%。\n", "", 0, "H1", nil},
		{"speech whose body states the year reviewed", "2019年梨树县政府工作报告\n\n——在梨树县第十八届人民代表大会第四次会议上\n\n县长 郭志勇\n\n各位代表、各位委员:\n\n现在,我代表县人民政府,向大会报告工作,请各位代表予以审议,请各位委员提出意见。\n\n一、过去一年政府工作成效显著\n\n2019年,是我县经济社会发展非同寻常的一年。全县地区生产总值增长3.3%。\n\n二、今年工作安排\n",
			"2019", 2019, "", []int{2019, 2020}},
		{"period written with a year in the lead", "2025年，全市经济稳中向好。\n\n一、完成情况\n\n根据统一核算结果，2025年一季度，我市地区生产总值完成36.9亿元，同比增长6.3%。\n", "", 2025, "Q1", nil},
		{"a base period with a year is not the article's", "全县经济运行\n\n地区生产总值增长5%，比2019年上半年提高1个百分点。\n", "", 0, "", nil},
		{"dateline broken across lines", "政府工作报告\n\n——2024年1月\n\n22日在西华县第十八届人民代表大会第三次会议上\n\n各位代表：\n\n过去一年，全县地区生产总值增长6%。\n", "2024-01-22", 2023, "", nil},
		{"dateline without a dash, broken after the term", "汉滨区2025年政府工作报告\n\n2025年3月21日在汉滨区第十九届\n\n人民代表大会第四次会议上\n\n一、过去一年工作回顾\n\n地区生产总值增长5.4%。\n", "2025-03-21", 2024, "", []int{2024}},
		{"title year in Chinese numerals", "子洲县二〇二三年国民经济和社会发展统计公报\n\n全县实现地区生产总值98.38亿元。\n", "", 2023, "", nil},
		{"title broken inside its year", "XX县2022\n\n年国民经济和社会发展统计公报\n\n全县实现地区生产总值98.38亿元。\n", "", 2022, "", nil},
		{"single-spaced lines: the first is the title", "某县2023年国民经济和社会发展统计公报\n全县规上工业企业达到126户，比2018年增加112户。\n", "", 2023, "", nil},
		{"a reprint's page date does not date the speech", "海南省2010年政府工作报告\n来源:海南日报 更新时间:2012-04-14\n——2010年1月25日在海南省第四届人民代表大会第三次会议上\n各位代表:\n一、2009年工作回顾\n全省生产总值1646.6亿元,比上年增长11.7%。\n",
			"2010-01-25", 2009, "", nil},
		{"a chart caption's span is not a date", "汾西县2021年国民经济和社会发展统计公报\n\n2017-2021年全县地区生产总值及其增长速度\n\n全年全县地区生产总值280806万元。\n", "", 2021, "", []int{2021}},
		{"a page date with slashes", "全市经济运行稳中向好\n\n发布时间：2023/04/21 10:20\n\n一季度，全市地区生产总值增长5.1%。\n", "2023-04-21", 2023, "Q1", nil},
		{"news of a speech: the year it plans", "广州市十五届人大三次会议上午开幕,温国辉作《政府工作报告》\n\n今天上午,广州市第十五届人民代表大会第三次会议开幕。\n\n报告首先回顾了2017年工作。预计全年地区生产总值2.15万亿元。\n\n对于2018年工作,温国辉表示,今年政府工作要坚持稳中求进。\n",
			"2018", 2017, "", nil},
		{"news of a speech: the year after the one it reviews", "县人代会开幕 县长作政府工作报告\n\n今天上午,县第十七届人民代表大会第六次会议开幕。县长在回顾2015年工作时说,全年实现生产总值83.91亿元。\n",
			"2016", 2015, "", nil},
		{"an issuer's line with its day is not a heading", "2023年某区国民经济和社会发展统计公报\n某区统计局 国家统计局某区调查队2024年4月29日\n一、综合\n全年实现地区生产总值686.91亿元。\n", "2024-04-29", 2023, "", nil},
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

func TestBodyStart(t *testing.T) {
	cases := []struct{ text, body string }{
		{"西华县2024年政府工作报告\n——2024年1月\n22日在西华县第十八届人民代表大会第三次会议上\n西华县人民政府县长 王某\n各位代表：\n过去一年，全县经济稳中向好。\n", "过去一年"},
		{"2023年临洮县国民经济和社会发展统计公报\n临洮县统计局\n一、综合\n全年地区生产总值152亿元。\n", "一、综合"},
		{"2023年，全县地区生产总值152亿元，增长5%。\n", "2023年"},
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if got := a.Text()[a.BodyStart():]; len(got) < len(c.body) || got[:len(c.body)] != c.body {
			t.Errorf("%q: body starts %.30q, want %q", c.text, got, c.body)
		}
	}
}
