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
//
// It reads bytes, not runes (it runs for every year before a figure): the
// brackets are ASCII or three bytes whose lead byte no other rune carries
// inside it, so each is found where a range over s would read it.
func closesBracket(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		d := 0
		switch s[i] {
		case '(', '[':
			d = 1
		case ')', ']':
			d = -1
		case 0xEF: // （ ） ［ ］ are EF BC 88, 89, BB, BD
			if i+2 < len(s) && s[i+1] == 0xBC {
				d = bracketStep(s[i+2], 0x88, 0x89, 0xBB, 0xBD)
			}
		case 0xE3: // 【 】 are E3 80 90, 91
			if i+2 < len(s) && s[i+1] == 0x80 {
				d = bracketStep(s[i+2], 0x90, 0x91, 0x90, 0x91)
			}
		}
		if depth += d; depth < 0 {
			return true
		}
	}
	return false
}

// bracketStep is 1 when the last byte c opens a bracket (open1, open2), -1
// when it closes one (close1, close2), else 0.
func bracketStep(c, open1, close1, open2, close2 byte) int {
	switch c {
	case open1, open2:
		return 1
	case close1, close2:
		return -1
	}
	return 0
}
