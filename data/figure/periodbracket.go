package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// baseBracketReach is how far before a figure, in bytes, the bracket that
// explains a base period may open: the bracket may list several figures.
const baseBracketReach = 240

// baseNounRunes is how many characters of a noun may stand between a base
// period and the bracket explaining it: 比一季度增长率差距(.
const baseNounRunes = 8

// baseBracketPeriod reads the period of a figure inside a bracket that
// explains a base period written right before it: 比一季度增长率差距(增幅最
// 高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大6.8个百分点 — the
// figures in the bracket are the first quarter's, in an analysis of the
// half year. before is the text up to the figure; ok is false when the
// figure is in no such bracket.
func baseBracketPeriod(before string) (string, bool) {
	k := max(lastIndexByte(before, '('), lastFullParen(before))
	if k < 0 || containsAnyOf(before[k:], ")）。；;") {
		return "", false
	}
	head := strings.TrimRight(before[:k], " ")
	j, w := -1, ""
	for _, c := range comparisonWords {
		from := max(j, 0) // a word before the last one found cannot be the last
		if i := lastIndex(head[from:], c); i >= 0 && from+i > j {
			j, w = from+i, c
		}
	}
	if j < 0 {
		return "", false
	}
	rest := head[j+len(w):]
	ps := corpus.Periods(rest)
	if len(ps) == 0 || ps[0].Start != 0 {
		return "", false
	}
	tail := rest[ps[0].End:]
	if runeLen(tail) > baseNounRunes || containsAnyOf(tail, "，,；;。、0123456789%") {
		return "", false
	}
	return ps[0].Code, true
}

// lastFullParen is strings.LastIndex(s, "（") by its last byte, which
// LastIndexByte finds fast: this runs for every figure.
func lastFullParen(s string) int {
	for end := len(s); ; {
		k := lastIndexByte(s[:end], 0x88)
		if k < 2 {
			return -1
		}
		if s[k-2] == 0xEF && s[k-1] == 0xBC {
			return k - 2
		}
		end = k
	}
}
