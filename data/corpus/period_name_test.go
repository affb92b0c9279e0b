package corpus

import "testing"

// Period codes read as the reports write them, for headings and charts.
func TestPeriodName(t *testing.T) {
	for code, want := range map[string]string{
		"Q1": "一季度", "Q4": "四季度", "H1": "上半年", "H2": "下半年", "Q1-Q3": "前三季度",
		"M1-M2": "1-2月", "M1-M10": "1-10月", "M3E": "3月末", "M11E": "11月末",
		"": "", "M5-M2": "M5-M2", "X9": "X9",
	} {
		if got := PeriodName(code); got != want {
			t.Errorf("PeriodName(%q) = %q, want %q", code, got, want)
		}
	}
}
