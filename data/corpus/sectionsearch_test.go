package corpus

import "testing"

// TestSectionLookupsByBinarySearch: SectionYear, SectionPeriod and
// SectionSpan, found from the section holding an offset, answer at every
// offset of a work report as reading the sections from the first did.
func TestSectionLookupsByBinarySearch(t *testing.T) {
	text := "政府工作报告\n\n——2024年1月22日在县第十八届人民代表大会第三次会议上\n\n" +
		"一、2023年工作回顾\n\n全年实现地区生产总值125.9亿元，增长6.1%。\n\n" +
		"二、1-6月经济运行情况\n\n上半年规上工业增加值增长7.2%。\n\n" +
		"三、今后五年目标任务\n\n地区生产总值年均增长7%左右。\n\n" +
		"四、2024年工作安排\n\n地区生产总值增长6.5%左右。\n"
	a := Parse("t.txt", []byte(text))
	if len(a.Sections) < 3 {
		t.Fatalf("sections %+v", a.Sections)
	}
	for off := 0; off <= len(text); off++ {
		y, code, ok, span := 0, "", false, false
		for _, s := range a.Sections {
			if s.Start > off {
				break
			}
			if s.Span {
				y = 0
			} else if s.Year != 0 {
				y = s.Year
			}
			code, ok, span = s.Period, true, s.Span
		}
		if got := a.SectionYear(off); got != y {
			t.Fatalf("SectionYear(%d) = %d, want %d", off, got, y)
		}
		if got, gotOK := a.SectionPeriod(off); got != code || gotOK != ok {
			t.Fatalf("SectionPeriod(%d) = %q, %v, want %q, %v", off, got, gotOK, code, ok)
		}
		if got := a.SectionSpan(off); got != span {
			t.Fatalf("SectionSpan(%d) = %v, want %v", off, got, span)
		}
	}
}
