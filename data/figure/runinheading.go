package figure

import "unicode/utf8"

// runInOpeners open a bulletin's sentence after an unnumbered run-in
// heading (财政收入 全年财政总收入47.36亿元; 农业 年末实有耕地): time
// and scope words and the bulletins' 初步核算, none of which continues a
// name across a blank.
var runInOpeners = []string{"全年", "年末", "今年", "年内", "初步核算", "全县", "全市", "全区", "全省", "全州", "全镇", "截至", "截止", "据"}

// runInHeading reports a line that opens with a short heading of Chinese
// characters alone, the blank at s[blank:after] after it, and a sentence
// opening with one of runInOpeners before the number at i: the heading
// names the section, and the sentence says its own subject (财政收入
// 全年财政总收入 is 财政总收入's figure, not 财政收入财政总收入's). A blank
// inside a name (地区生产 总值, from a PDF) is followed by no such opener.
func runInHeading(s string, from, blank, after, i int) bool {
	// the line must start at from or after it: a line end is looked for
	// back to from-1 only, not to the start of a long paragraph
	lo := max(from-1, 0)
	lineStart := lastIndexByte(s[lo:blank], '\n') + 1 // eight bytes a step
	if lineStart == 0 && from > 0 {
		return false // the clause began after a comma: no heading opens it
	}
	lineStart += lo
	heading := trimSet(s[lineStart:blank], " \t\u3000")
	if len(heading) > 40 {
		return false // more than ten runes, four bytes at most each
	}
	n := utf8.RuneCountInString(heading)
	if n < 2 || n > 10 || !allHan(heading) {
		return false
	}
	return hasPrefixAny(trimLeftSet(s[after:i], " \t\u3000"), runInOpeners)
}
