package figure

// leadYear is the year of an undated text whose first body paragraph writes
// one year of its own and no other (1月15日…省长王伟中作《政府工作报告》时
// 称，预计2024年该省GDP迈上14万亿元…): the paragraphs after it, which
// write none, go on about that year. 0 when the text is dated, has a year
// of its own, or its lead writes no year or several.
func (x *extractor) leadYear() int {
	if x.a.Year != 0 || x.a.Date.Year != 0 {
		return 0
	}
	if !x.leadRead {
		x.leadRead = true
		x.leadYr = x.findLeadYear()
	}
	return x.leadYr
}

func (x *extractor) findLeadYear() int {
	if x.body >= len(x.s) {
		return 0
	}
	ps, pe := x.l.paragraph(x.body)
	return x.oneYearIn(max(ps, x.body), pe)
}

// onlyYear is the year of an undated text whose body writes one year of
// its own and no other, wherever (…今年上半年…。\n…在2023年三季度重点项目集中
// 开工仪式上…): the text is about that year. 0 when the text is dated, has
// a year of its own, or writes no year or several.
func (x *extractor) onlyYear() int {
	if x.a.Year != 0 || x.a.Date.Year != 0 || x.body >= len(x.s) {
		return 0
	}
	if !x.onlyRead {
		x.onlyRead = true
		x.onlyYr = x.oneYearIn(x.body, len(x.s))
	}
	return x.onlyYr
}

// oneYearIn is the one year of its own written in s[from:to], 0 when none
// or several are.
func (x *extractor) oneYearIn(from, to int) int {
	year := 0
	for j := x.qAfter(from); j < len(x.qs) && x.qs[j].End <= to; j++ {
		if !x.ownYearAt(j, from, to) || x.horizonYear(j) {
			continue
		}
		y := int(x.qs[j].Value)
		if year != 0 && y != year {
			return 0 // 2023年…2024年: which one the rest is about is not said
		}
		year = y
	}
	return year
}

// horizonBefore and horizonAfter mark a year a text looks ahead to, not the
// year it is about (到2025年，全县力争…, 朝着2035年远景目标, 为实现2025年目标),
// and the ends of a span of years (2016年至2018年), which is no one year.
var (
	horizonBefore = []string{"到", "至", "实现", "力争", "朝着", "迈向", "面向", "展望"}
	horizonAfter  = []string{"远景", "目标", "前", "底前", "年底前", "末前", "至", "到", "-", "—", "－", "~", "～"}
)

// horizonYear reports whether the year at quantity j is a horizon.
func (x *extractor) horizonYear(j int) bool {
	q := x.qs[j]
	before := compact(x.s[runeStart(x.s, max(0, q.Start-12)):q.Start])
	after := compact(x.s[q.End:min(len(x.s), q.End+12)])
	if hasSuffixAny(before, asOfWords) {
		return daySpan(after) // 截至2023年6月30日: the as-of day of the text's own figures
	}
	return hasSuffixAny(before, horizonBefore) || hasPrefixAny(after, horizonAfter) || daySpan(after)
}
