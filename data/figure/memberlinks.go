package figure

import "strings"

// listStripLinks is stripLinks for a list of members before 分别, keeping a
// last member whole when taking a link verb off it would leave one
// character: 化工、医药、家居分别实现产值 lists 家居, whose 居 is no 居 of a
// rank (居全省第一).
func listStripLinks(s string) string {
	t := stripLinks(s)
	last := func(v string) string {
		if k := strings.LastIndex(v, "、"); k >= 0 {
			return v[k+len("、"):]
		}
		return v
	}
	if strings.Contains(s, "、") && runeLen(last(t)) < 2 && runeLen(last(s)) >= 2 && len(t) < len(s) {
		return s
	}
	return t
}
