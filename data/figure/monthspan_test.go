package figure

import "testing"

// TestMonthSpanAsSscanf: the hand reading of a span's code agrees with
// fmt.Sscanf on codes and on what only looks like one.
func TestMonthSpanAsSscanf(t *testing.T) {
	for _, code := range []string{
		"M1-M5", "M1-M12", "M10-M12", "M3-M4", "M01-M05", "M1-M5E", "M1-M5-M7", "M1-M",
		"M1-", "M1", "M", "", "Q1", "H1", "Q1-Q3", "M3E", "M12", "M1-M123", "M123-M5",
		"M+1-M5", "M 1-M5", "M1-M 5", "M1 -M5", "M1-M-5", "m1-m5", "M1-M5 ", "M１-M5", "一至五月",
	} {
		a, b, ok := monthSpan(code)
		wa, wb, wok := sscanSpan(code)
		if ok != wok || ok && (a != wa || b != wb) {
			t.Errorf("monthSpan(%q) = %d, %d, %v; Sscanf reads %d, %d, %v", code, a, b, ok, wa, wb, wok)
		}
	}
}

// FuzzMonthSpan: on any string, monthSpan is what Sscanf reads.
func FuzzMonthSpan(f *testing.F) {
	f.Add("M1-M5")
	f.Add("M10-M12E")
	f.Fuzz(func(t *testing.T, code string) {
		a, b, ok := monthSpan(code)
		wa, wb, wok := sscanSpan(code)
		if ok != wok || ok && (a != wa || b != wb) {
			t.Errorf("monthSpan(%q) = %d, %d, %v; Sscanf reads %d, %d, %v", code, a, b, ok, wa, wb, wok)
		}
	})
}
