package corpus

import "strings"

// singleMonthMatches is singleMonth.FindAllStringSubmatchIndex(s, -1),
// match for match, without the regexp: Periods reads every sentence that
// writes a 月, and the backtracking machine was a twentieth of extraction.
// Each match holds a 月, written right after the month's number and
// blanks, so only the few bytes before each 月 are tried, leftmost first,
// and each number as the regexp's alternation orders it (1[0-2] before
// [1-9], 十一 before 十).
func singleMonthMatches(s string) [][]int {
	var out [][]int
	pos := 0 // matches start here or later
	for from := pos; ; {
		k := strings.Index(s[from:], "月")
		if k < 0 {
			return out
		}
		m := from + k
		e0 := m
		for e0 > pos && isRegexpSpace(s[e0-1]) {
			e0--
		}
		found := false
		for p := max(pos, e0-6); p < m; p++ {
			if match := singleMonthAt(s, p); match != nil {
				out = append(out, match)
				pos, from, found = match[1], match[1], true
				break
			}
		}
		if !found {
			from = m + len("月")
		}
	}
}

// isRegexpSpace is \s of Go's regexp syntax: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// monthNumeralRunes are the single-character month numbers of
// firstMonthNum after 1[0-2], [1-9], １[０-２], [１-９] and 十[一二]?.
var monthNumeralRunes = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "元"}

// singleMonthAt is the submatch indexes of singleMonth matched at byte p,
// or nil.
func singleMonthAt(s string, p int) []int {
	var ends [2]int // the number's possible ends, in the alternation's order
	n := 0
	c := s[p]
	switch {
	case c >= '1' && c <= '9':
		if c == '1' && p+1 < len(s) && s[p+1] >= '0' && s[p+1] <= '2' {
			ends[n], n = p+2, n+1
		}
		ends[n], n = p+1, n+1
	case strings.HasPrefix(s[p:], "１"):
		if rest := s[p+3:]; strings.HasPrefix(rest, "０") || strings.HasPrefix(rest, "１") || strings.HasPrefix(rest, "２") {
			ends[n], n = p+6, n+1
		}
		ends[n], n = p+3, n+1
	case p+2 < len(s) && s[p] == 0xEF && s[p+1] == 0xBC && s[p+2] >= 0x92 && s[p+2] <= 0x99: // ２…９
		ends[n], n = p+3, n+1
	case strings.HasPrefix(s[p:], "十"):
		if rest := s[p+3:]; strings.HasPrefix(rest, "一") || strings.HasPrefix(rest, "二") {
			ends[n], n = p+6, n+1
		}
		ends[n], n = p+3, n+1
	default:
		for _, w := range monthNumeralRunes {
			if strings.HasPrefix(s[p:], w) {
				ends[n], n = p+3, n+1
				break
			}
		}
	}
	for _, e := range ends[:n] {
		f := e
		for f < len(s) && isRegexpSpace(s[f]) {
			f++
		}
		if !strings.HasPrefix(s[f:], "月") {
			continue
		}
		end := f + len("月")
		m := []int{p, end, p, e, -1, -1, -1, -1}
		if strings.HasPrefix(s[end:], "份") {
			m[4], m[5], end = end, end+len("份"), end+len("份")
		}
		if strings.HasPrefix(s[end:], "当月") || strings.HasPrefix(s[end:], "单月") {
			m[6], m[7], end = end, end+len("当月"), end+len("当月")
		}
		m[1] = end
		return m
	}
	return nil
}
