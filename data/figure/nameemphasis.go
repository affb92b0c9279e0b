package figure

import "strings"

// emphasisEnds are adverbs of emphasis or contrast that end the words
// before a number without being part of the indicator (其中技术改造投资更是
// 增长了31.6%, 纳税额更是同比增长了39%, 工业投资则增长8%).
var emphasisEnds = byLength([]string{"更是", "更", "则", "亦", "也"})

// fromEnds open a change from one value to another (行政村路面硬化率从2011年
// 41%提高到今年的84%, 覆盖率由…): the name is before them.
var fromEnds = []string{"从", "由"}

// emphasisKeeps end in one of emphasisEnds as a word of their own.
var emphasisKeeps = []string{"变更", "原则", "规则", "准则", "细则", "法则", "总则", "服从", "自由", "理由", "事由", "缘由"}

// dropEmphasis takes an adverb of emphasis, or the 从 of a change, off the
// end of name n, when a name of two characters or more is left.
func dropEmphasis(n string) string {
	if hasSuffixAny(n, emphasisKeeps) {
		return n
	}
	if t, w := trimSuffixes(n, emphasisEnds); w != "" && runeLen(strings.TrimSpace(t)) >= 2 {
		return t
	}
	if t, w := trimSuffixes(n, fromEnds); w != "" && runeLen(strings.TrimSpace(t)) >= 2 {
		return t
	}
	return n
}
