package figure

// reportTimeOpeners open a sentence about the year a report describes as a
// whole, or its end: 截至年末, 年末, 全年, 目前. They write no year of their
// own, and they speak of the report's year, not of an earlier one the
// sentence before quoted (过去一年…。2022年，全县规上工业增加值增长5.1%。截至
// 年末，全县金融机构存款余额410亿元。 in a report on 2023).
var reportTimeOpeners = []string{"截至年末", "截至年底", "截止年末", "截止年底", "到年末", "到年底", "年末", "年底", "全年", "截至目前", "截止目前", "目前"}

// reportYearOpens reports whether the sentence from ss opens with one of
// reportTimeOpeners while y, the year an earlier sentence of its paragraph
// wrote, is before the article's: y does not carry into it.
func (x *extractor) reportYearOpens(ss, y int) bool {
	if x.a.Year == 0 || y >= x.a.Year {
		return false
	}
	return hasPrefixAny(trimLeftSet(x.s[ss:], " \u3000\n"), reportTimeOpeners)
}
