package quantity

import "testing"

// TestTypedZeroYear: news of the 2000s types 〇 in a year as the digit 0 or
// the letter O (二00七年, 二OO二年); these are years, as 二〇〇七年 is. A
// 0 after an Arabic number is no part of a Chinese one.
func TestTypedZeroYear(t *testing.T) {
	for _, c := range []struct {
		text string
		year float64
	}{
		{"由二00二年的一万三千五百多亿元", 2002},
		{"增加到二OO七年的三万零六百多亿元", 2007},
		{"二〇〇七年比上年增长", 2007},
	} {
		found := false
		for _, q := range Find(c.text) {
			if q.Kind == Date && q.Unit == "年" {
				found = true
				if q.Value != c.year {
					t.Errorf("%s: year %v, want %v", c.text, q.Value, c.year)
				}
			}
		}
		if !found {
			t.Errorf("%s: no year found", c.text)
		}
	}
}
