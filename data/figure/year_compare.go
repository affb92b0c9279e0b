package figure

import "strings"

// clauseComparisons in a clause before a year make the year a base: 分别比
// 一季度和2019年上半年增速高.
var clauseComparisons = []string{"比", "较", "高于", "低于", "快于", "慢于"}

// ratioNouns hold 比 without comparing: 这个比重继2010年提高1.0个百分点 (a20)
// names a share, and 2010 is the rise's own year.
var ratioNouns = []string{"比重", "比例", "比率", "占比", "比值"}

// comparesIn reports whether clause compares with a base, its ratio nouns
// aside.
func comparesIn(clause string) bool {
	if !containsAny(clause, clauseComparisons) {
		return false
	}
	for _, w := range ratioNouns {
		clause = strings.ReplaceAll(clause, w, "")
	}
	return containsAny(clause, clauseComparisons)
}

// basisEnds close a frame a year opens as the basis of what follows: 在
// 2007年粮食总产量达到692.6亿斤的基础上, 继2010年提高1.0个百分点的基础上.
var basisEnds = []string{"的基础上", "基础上"}

// closedBasis reports whether after, the text from a year up to a figure,
// closes the year's frame as a basis: the figure after it is the text's own
// time, not the basis's year.
func closedBasis(after string) bool {
	return containsAny(after, basisEnds)
}
