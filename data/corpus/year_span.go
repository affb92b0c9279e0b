package corpus

// lookSpan are words of a heading or a sentence about the years ahead of a
// report, taken together (今后五年, 未来五年): a new government's report sets
// the targets of its term under them. Their figures are of no one year
// unless a year is written (到2026年); least of all of the year reviewed.
var lookSpan = []string{"今后五年", "未来五年", "今后一个时期", "今后一段时期"}

// SpanWords are lookSpan, for the figure package to find them in a sentence.
func SpanWords() []string { return lookSpan }

// SectionSpan reports whether the section holding byte offset off is headed
// by words about the years ahead (二、今后五年目标任务).
func (a *Article) SectionSpan(off int) bool {
	if k := a.sectionsUpTo(off); k > 0 {
		return a.Sections[k-1].Span
	}
	return false
}
