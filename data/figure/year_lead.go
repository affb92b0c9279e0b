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
	ps = max(ps, x.body)
	year := 0
	for j := firstAfter(x.qs, ps); j < len(x.qs) && x.qs[j].End <= pe; j++ {
		if !x.ownYearAt(j, ps, pe) {
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
