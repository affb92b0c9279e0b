package figure

import "strings"

// emphasisEnds are adverbs of emphasis or contrast that end the words
// before a number without being part of the indicator (其中技术改造投资更是
// 增长了31.6%, 纳税额更是同比增长了39%, 工业投资则增长8%).
// 仅 restricts (上半年GDP最低的是北塔区，GDP仅25亿元): how little, not what.
var emphasisEnds = byLength([]string{"更是", "更", "则", "亦", "也", "仅", "仅仅", "仅为"})

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
	return dropView(dropDataWord(n))
}

// dataWord after an indicator is the word for its published figure (邵阳
// 市上半年GDP数据为1130亿元): the indicator is what is measured. 大数据 is
// a thing of its own.
const dataWord = "数据"

// dropDataWord takes 数据 off the end of n when an indicator of two
// characters or more is left and it is not 大数据.
func dropDataWord(n string) string {
	t, ok := strings.CutSuffix(n, dataWord)
	if !ok || strings.HasSuffix(t, "大") || runeLen(t) < 2 {
		return n
	}
	return t
}

// viewTails close a 从…来看 viewpoint.
var viewTails = byLength([]string{"来看", "看"})

// dropView reads what a 从…来看 viewpoint names (再从GDP增速来看，排名第一
// 的是大祥区): the indicator between 从 and 看 when n is such a viewpoint
// with two characters or more between.
func dropView(n string) string {
	t, w := trimPrefixes(n, viewOpeners)
	if w == "" {
		return n
	}
	if v, e := trimSuffixes(t, viewTails); e != "" && runeLen(v) >= 2 {
		return v
	}
	return n
}
