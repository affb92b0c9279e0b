package figure

import "github.com/zhibiao/zhibiao/data/corpus"

// breakdownPart reports whether the period written at k is one part of a
// breakdown of the year its sentence opens (分季度看，一季度同比增长6.7%，二季
// 度增长6.7%，三季度增长6.7%。): each part is its own figure's, and the
// sentences after it return to the span the release covers.
func (x *extractor) breakdownPart(k int) bool {
	st, _ := x.l.sentence(k)
	return corpus.NamesBreakdown(x.s[runeStart(x.s, max(st, k-120)):k])
}
