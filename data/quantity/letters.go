package quantity

import "strings"

// letterMultiplier reads M, B or bn after Arabic digits (3M美元, 用户2.5M,
// -2.5 M) and decides by the tables in units.go whether it multiplies:
// money and counts yes, lengths no (长度3M is three metres).
func (f *finder) letterMultiplier(n numeral) (string, float64, int, bool) {
	s := f.s
	if !n.arabic || n.chinese || n.splitAt >= 0 {
		return "", 0, 0, false
	}
	j := n.end
	if hasPrefix(s, j, " ") {
		j++ // -2.5 M
	}
	for _, m := range letterMultipliers {
		if !hasPrefix(s, j, m.Letter) || asciiLetterAt(s, j+len(m.Letter)) {
			continue
		}
		end := j + len(m.Letter)
		if _, ok := hasPrefixAt(s, end, notMultiplierAfter); ok {
			return "", 0, -1, false // 3M公司: a name, no quantity
		}
		before := clauseBefore(s, n.start, 8)
		if containsAnyWord(before, lengthCues) {
			return "", 0, 0, false
		}
		u, _, unit := matchUnit(s, skipSpace(s, end))
		moneyOrCount := unit && (u.Kind == Level || u.Kind == Count)
		if m.Bare && (!unit || moneyOrCount) || moneyOrCount || containsAnyWord(before, moneyCountCues) {
			return m.Letter, m.Factor, end, true
		}
		return "", 0, 0, false
	}
	return "", 0, 0, false
}

// clauseBefore is up to n runes before i, stopping at a clause's end.
func clauseBefore(s string, i, n int) string {
	p := i
	for k := 0; k < n && p > 0; k++ {
		r, sz := before(s, p)
		if containsRune("，。；！？,;!?\n", r) {
			break
		}
		p -= sz
	}
	return s[p:i]
}

func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
