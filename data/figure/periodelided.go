package figure

import "strings"

// quarterNumerals name the quarters in a list that writes 季度 once, after
// its last member: 一、二季度 is the first and the second quarter.
var quarterNumerals = map[string]string{"一": "Q1", "二": "Q2", "三": "Q3", "四": "Q4"}

// elidedQuarters are the quarters listed before a quarter written in full
// whose 季度 they share (其中一、二季度分别增长6.1%、5.9%: Q1 before Q2), in
// order, and the offset in before where the list starts; nil when the
// period at the end of before stands alone.
func elidedQuarters(before string) ([]string, int) {
	var codes []string
	at := len(before)
	for {
		s := before[:at]
		j := ""
		for _, w := range []string{"、", "和", "及", "与"} {
			if strings.HasSuffix(s, w) {
				j = w
				break
			}
		}
		if j == "" {
			break
		}
		s = s[:len(s)-len(j)]
		s = strings.TrimSuffix(s, "第")
		code := ""
		for n, c := range quarterNumerals {
			if strings.HasSuffix(s, n) {
				code = c
				s = s[:len(s)-len(n)]
				break
			}
		}
		if code == "" {
			break
		}
		s = strings.TrimSuffix(s, "第")
		codes = append([]string{code}, codes...)
		at = len(s)
	}
	return codes, at
}
