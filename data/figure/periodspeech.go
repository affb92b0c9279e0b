package figure

import "strings"

// opensParagraph reports whether the period at k opens its paragraph or
// line, with no more than 今年, a year or a short heading sentence before it
// (1-11月，全县…; 今年前三季度，…; 经济运行稳中向好。1-11月，…): the paragraph
// is about that period. One written after the paragraph has opened
// otherwise (今年以来，全市经济运行稳中有进，1-11月，…) is quoted.
func (x *extractor) opensParagraph(k int) bool {
	ps, _ := x.l.paragraph(k)
	lo := max(ps, k-openingReach)
	if j := lastIndexByte(x.s[lo:k], '\n'); j >= 0 {
		ps = lo + j + 1 // a line of its own, though the parser joined it to the lines before
	}
	if ps < lo {
		return false
	}
	before := strings.TrimSpace(x.s[ps:k])
	if x.datedAt(k) {
		before = strings.TrimRight(strings.TrimSuffix(before, "年"), "0123456789 ")
	}
	before = strings.Trim(strings.TrimSuffix(before, "今年"), " \u3000")
	return before == "" || leadSentence(before)
}

// leadSentence reports whether before is the short sentence a review heads
// its paragraph with (经济运行稳中向好。1-11月，…): a claim with no figure,
// after which the period still opens what the paragraph says.
func leadSentence(before string) bool {
	if !strings.HasSuffix(before, "。") || strings.ContainsAny(before, "0123456789") || runeLen(before) > leadSentenceRunes {
		return false
	}
	return !strings.ContainsAny(strings.TrimSuffix(before, "。"), "。；;")
}

// leadSentenceRunes is the longest sentence, in characters, leadSentence
// takes for a paragraph's heading.
const leadSentenceRunes = 24

// openingReach is how far before a period, in bytes, opensParagraph looks
// for the start of its paragraph: a period far into a paragraph opens
// nothing.
const openingReach = 120
