package figure

// memberCountedCompared: a comparison clause after a counted list
// (地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一，
// 高于年度预期目标2.1、6.3、11.2个百分点) points back to the members as
// 分别 would: the count written before equals the numbers in the list, so
// the n-th number is the n-th member's.
func (x *extractor) memberCountedCompared(q memberQuery) (string, bool) {
	if q.cl.fenbie || q.cl.name != "" || !hasPrefixAny(q.cl.raw, rankRateMarks) {
		return "", false
	}
	parts := x.countedList(clauseStart(x.s, x.sentStart, x.qs[q.first].Start), q.n)
	if parts == nil {
		return "", false
	}
	return x.keepSplit(parts, q.k())
}
