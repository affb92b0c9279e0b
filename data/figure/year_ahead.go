package figure

import "github.com/zhibiao/zhibiao/data/corpus"

// yearsAhead reports whether the figure at pos, in the sentence from ss
// and the paragraph from ps, is set for the years ahead taken together:
// under a heading 二、今后五年目标任务, in a paragraph that opens on 今后五年
// or 未来五年, or after them in its sentence. A report of 2022 reviewing
// 2021 does not make 今后五年…年均增长7%左右 a figure of 2021. Said in passing
// earlier in a review paragraph (为今后五年发展奠定基础。) they do not count.
func (x *extractor) yearsAhead(ps, ss, pos int) bool {
	if x.a.SectionSpan(pos) || containsAny(x.s[ss:pos], corpus.SpanWords()) {
		return true
	}
	return containsAny(x.s[ps:min(pos, ps+aheadOpening)], corpus.SpanWords())
}

// aheadOpening is how far into a paragraph (bytes) the span words open it:
// 今后五年，, 未来五年主要目标是：.
const aheadOpening = 24
