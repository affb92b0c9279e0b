package figure

import "strings"

// timeOnlyWords are times a clause may hold without naming anything (到今年
// 的1114.1亿斤; 是“十五”期末的1.9倍): the figure is of the subject before.
var timeOnlyWords = []string{"今年", "去年", "上年", "前年", "同期", "年初", "年末", "年底", "期末", "期初", "当年", "本年"}

// timeLeads may open a time-only clause (到今年, 截至年末).
var timeLeads = []string{"到", "至", "截至", "截止", "比", "较", "是", "为"}

// timeOnlyName: the name read is only a time (到今年, 十五期末), so it names
// nothing; the stages after it look for the subject elsewhere.
func (c *naming) timeOnlyName() bool {
	if isTimeOnly(c.n) {
		c.n = ""
	}
	c.n = dropFromTime(c.n)
	return false
}

// dropFromTime: a rate moved from its value at a time (贡献率由去年的40%上升
// 至63.2%) is named by the subject before 由/从; the time the move starts
// from is the figure's year, not part of what it measures.
func dropFromTime(n string) string {
	for _, w := range []string{"由", "从"} {
		if k := strings.LastIndex(n, w); k > 0 && isTimeOnly(n[k+len(w):]) && runeLen(n[:k]) >= 2 {
			return n[:k]
		}
	}
	return n
}

// isTimeOnly: see timeOnlyWords; a five-year plan's end (十五期末, 十二五末)
// is a time too.
func isTimeOnly(n string) bool {
	if n == "" {
		return false
	}
	t, _ := trimPrefixes(n, timeLeads)
	if isAny(t, timeOnlyWords) {
		return true
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "末"), "期")
	for _, p := range planEnds {
		if t == p.name && t != n {
			return true
		}
	}
	return false
}
