package figure

// closesBracket reports whether s, the text from a year to a figure,
// closes a bracket it did not open: the year stands inside a bracket
// written before the figure (全县新增规上工业企业15家(2022年新增9家),规上工业
// 增加值增长7.2%), an aside whose year holds inside it only.
func closesBracket(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '［', '【':
			depth++
		case ')', '）', ']', '］', '】':
			depth--
			if depth < 0 {
				return true
			}
		}
	}
	return false
}
