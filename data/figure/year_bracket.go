package figure

import "strings"

// asideYear reports whether the year written at [start, end) stands inside
// a bracket that closes before to, the figure: an aside whose year holds
// inside it only (全县新增规上工业企业15家(2022年新增9家),规上工业增加值增长
// 7.2%). A bracket holding the year alone glosses the word before it
// (今年(2024年)…预期地区生产总值增长5%) and is the clause's year.
func asideYear(s string, start, end, to int) bool {
	if end >= to || !closesBracket(s[end:to]) {
		return false
	}
	before := strings.TrimRight(s[max(0, start-3):start], " ")
	after := strings.TrimLeft(s[end:to], " ")
	opened := strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（")
	closed := strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）")
	return !(opened && closed)
}

// closesBracket reports whether s, the text from a year to a figure,
// closes a bracket it did not open.
func closesBracket(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '［', '【':
			depth++
		case ')', '）', ']', '］', '】':
			depth--
			if depth < 0 {
				return true
			}
		}
	}
	return false
}
